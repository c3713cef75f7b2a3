package io.claimwatch.extraction.claim;

import java.util.List;
import java.util.TreeSet;

/**
 * Finds the named participants of a sentence-case text: each run of adjacent capitalized candidate terms
 * ("Russian President Vladimir Putin", "U.S. Secretary of State") is one entity, represented by its head — its
 * last stem that is not a role or title word ({@code claim/titles.txt}) — so "Vladimir Putin", "President Putin"
 * and "Putin" agree. A run that only qualifies a role ("US President-elect Donald Trump", "the US president")
 * is not a participant: its last word is a title, or a title follows it. Heads are folded through the entity
 * variant table ({@code claim/entities.txt}: "Ukrainian" and "Kyiv" → ukraine). In title-case or all-caps text
 * capitalization carries no signal, so nothing is returned.
 */
final class ParticipantFinder {

  private final ClaimLexicon lexicon;

  ParticipantFinder(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Participant heads of the runs that start before character {@code boundary}. */
  TreeSet<String> find(String text, List<StemmedTerms.Term> candidates, boolean titleCase, int boundary) {
    TreeSet<String> heads = new TreeSet<>();
    if (titleCase) {
      return heads;
    }
    int i = 0;
    while (i < candidates.size()) {
      if (!candidates.get(i).capitalized()) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < candidates.size() && candidates.get(end).capitalized()
          && adjacent(text, candidates.get(end - 1), candidates.get(end))) {
        end++;
      }
      String head = null;
      for (int j = i; j < end; j++) {
        if (!lexicon.isTitle(candidates.get(j).stem())) {
          head = candidates.get(j).stem();
        }
      }
      boolean lastIsTitle = lexicon.isTitle(candidates.get(end - 1).stem());
      boolean roleFollows = end < candidates.size() && lexicon.isTitle(candidates.get(end).stem())
          && adjacent(text, candidates.get(end - 1), candidates.get(end));
      if (head != null && !lastIsTitle && !roleFollows && candidates.get(i).start() < boundary) {
        heads.add(lexicon.canonicalEntity(head));
      }
      i = end;
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
