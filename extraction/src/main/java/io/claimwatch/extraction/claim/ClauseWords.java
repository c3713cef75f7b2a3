package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Word tests of the claim-shape predicate search ({@link ClaimShape}): a demonstrative "that" as subject, a gerund
 * subject, the word before a verb and the end of a verb group, from words and part-of-speech tags ({@link PosTagger}).
 */
final class ClauseWords {
  private static final Set<String> BARE_BE = Set.of("be", "being", "been");
  private static final Set<String> BREAKS = Set.of(",", "-", "–", "—", "--");

  private ClauseWords() {}

  /** The words in lower case, for the tagger: capitals make it read most headline words as names. */
  static String[] lowered(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) out[i] = words[i].toLowerCase(Locale.ROOT);
    return out;
  }

  /** A word of four letters or more in -s but not "-ss" ("backs", "leaves"; not "bus", "press"): perhaps a verb. */
  static boolean isWordInS(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
  }

  /** "That's", "that is": "that" as the subject, before its auxiliary. */
  static boolean isDemonstrative(String[] words, String[] tags, int i) {
    if (i + 1 >= words.length) return false;
    String next = words[i + 1].toLowerCase(Locale.ROOT);
    return next.equals("'s") || next.equals("’s") || tags[i + 1].startsWith("AUX") && (i == 0 || !tags[i - 1].equals("NOUN"));
  }

  /**
   * "bringing back the rule is ...": a gerund subject, an -ing verb with an auxiliary of its own later in the same
   * clause (not after a comma, a subordinator or a subject pronoun: "saying he would ..." is no clause).
   */
  static boolean isGerundSubject(String[] words, String[] tags) {
    if (!tags[0].equals("VERB") || !words[0].toLowerCase(Locale.ROOT).endsWith("ing")) return false;
    for (int i = 1; i < words.length; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      if (BREAKS.contains(words[i]) || tags[i].equals("SCONJ") || ClaimShape.isSubordinator(lower, tags[i]) || tags[i].equals("PRON")) return false;
      if (tags[i].equals("AUX") && !BARE_BE.contains(lower) && !words[i - 1].equalsIgnoreCase("to")) return true;
    }
    return false;
  }

  /** The word before {@code i}, skipping adverbs, lower case ("" at the start). */
  static String wordBefore(String[] words, String[] tags, int i) {
    int k = i - 1;
    while (k > 0 && tags[k].equals("ADV")) k--;
    return k < 0 ? "" : words[k].toLowerCase(Locale.ROOT);
  }

  /** Index after the first verb group (auxiliaries, verbs, particles, adverbs) from {@code from}, or the length. */
  static int afterVerbGroup(String[] tags, int from) {
    int i = from;
    while (i < tags.length && !tags[i].equals("VERB") && !tags[i].startsWith("AUX")) i++;
    while (i < tags.length && (tags[i].equals("VERB") || tags[i].startsWith("AUX") || tags[i].equals("PART") || tags[i].equals("ADV"))) i++;
    return i;
  }
}
