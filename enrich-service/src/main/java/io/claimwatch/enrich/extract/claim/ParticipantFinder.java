package io.claimwatch.enrich.extract.claim;

import java.util.List;
import java.util.TreeSet;

/**
 * Finds the named participants of a sentence-case text: each run of adjacent capitalized candidate terms
 * ("Russian President Vladimir Putin", "U.S. Secretary of State") is one entity, represented by its head — its
 * last stem that is not a role or title word ({@code claim/titles.txt}) — so "Vladimir Putin", "President Putin"
 * and "Putin" agree. In title-case or all-caps text capitalization carries no signal, so nothing is returned.
 */
final class ParticipantFinder {

  private final ClaimLexicon lexicon;

  ParticipantFinder(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  TreeSet<String> find(String text, List<StemmedTerms.Term> candidates, boolean titleCase) {
    TreeSet<String> heads = new TreeSet<>();
    if (titleCase) {
      return heads;
    }
    String head = null;
    StemmedTerms.Term previous = null;
    for (StemmedTerms.Term t : candidates) {
      boolean continues = previous != null && t.capitalized() && adjacent(text, previous, t);
      if (!continues && head != null) {
        heads.add(head);
        head = null;
      }
      if (t.capitalized() && !lexicon.isTitle(t.stem())) {
        head = t.stem();
      }
      previous = t.capitalized() ? t : null;
    }
    if (head != null) {
      heads.add(head);
    }
    return heads;
  }

  /** Only spaces, hyphens or dots between the two terms. */
  private static boolean adjacent(String text, StemmedTerms.Term a, StemmedTerms.Term b) {
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
