package io.claimwatch.extraction;

import io.claimwatch.extraction.lexicon.SourceDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a source is a party to a claim: a claim participant names the source, its affiliation, or someone
 * the source speaks for in the alias table (a city hall and its spokesman speak for the mayor). Participants are the
 * canonicalizer's stems, so words match by shared prefix.
 */
final class PartyMatcher {
  private static final int MIN_PREFIX = 4;
  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
  private final SourceDirectory directory;

  PartyMatcher(SourceDirectory directory) {
    this.directory = directory;
  }

  boolean isParty(FoundSource source, FoundClaim claim) {
    if (source.type() == SourceKind.ANONYMOUS) return false;
    Set<String> keys = new HashSet<>();
    keys.add(source.key());
    SourceDirectory.Entry self = directory.byKey(source.key());
    if (self != null) keys.addAll(self.speaksFor());
    SourceDirectory.Entry aff = source.affiliation() == null ? null : directory.byAlias(source.affiliation());
    if (aff != null) {
      keys.add(aff.key());
      keys.addAll(aff.speaksFor());
    }
    for (String k : keys) {
      SourceDirectory.Entry e = directory.byKey(k);
      if (e != null && e.aliases().stream().anyMatch(a -> containsWord(claim.text(), a))) return true;
    }
    return matchesParticipant(source, claim.participants());
  }

  private static boolean containsWord(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      int end = at + word.length();
      boolean left = at == 0 || !Character.isLetter(text.charAt(at - 1));
      boolean right = end >= text.length() || !Character.isLetter(text.charAt(end));
      if (left && right) return true;
      at = text.indexOf(word, at + 1);
    }
    return false;
  }

  private boolean matchesParticipant(FoundSource source, List<String> participants) {
    if (participants.isEmpty()) return false;
    Set<String> words = new HashSet<>();
    addWords(words, source.name());
    addWords(words, source.affiliation());
    addEntry(words, directory.byKey(source.key()), 0);
    if (source.affiliation() != null) addEntry(words, directory.byAlias(source.affiliation()), 0);
    for (String p : participants) {
      String q = p.toLowerCase(Locale.ROOT);
      for (String w : words) {
        if (q.equals(w) || q.length() >= MIN_PREFIX && w.length() >= MIN_PREFIX && (w.startsWith(q) || q.startsWith(w))) return true;
      }
    }
    return false;
  }

  private void addEntry(Set<String> words, SourceDirectory.Entry e, int depth) {
    if (e == null || depth > 2) return;
    addWords(words, e.name());
    for (String a : e.aliases()) addWords(words, a);
    for (String k : e.speaksFor()) {
      addWords(words, k.replace('-', ' '));
      addEntry(words, directory.byKey(k), depth + 1);
    }
  }

  private static void addWords(Set<String> words, String s) {
    if (s == null) return;
    for (String w : NOT_LETTERS.split(s.toLowerCase(Locale.ROOT))) if (w.length() >= 3 && !w.equals("the")) words.add(w);
  }
}
