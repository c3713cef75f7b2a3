package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A noun's contracted "is" ("my knee's not that good", "the pier's too short"), which the tagger reads as a
 * possessive or punctuation; {@link ClaimShape} counts it as the main predicate.
 */
final class NounCopula {
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  private NounCopula() {}

  /**
   * "my knee's not that good", "the pier's too short": a noun's "'s" before "not", or before a degree word and a
   * predicate adjective with no noun after it, is "is", not a possessive ("the pier's new owner").
   */
  static boolean at(String[] words, String[] tags, int i) {
    String lower = words[i].toLowerCase(Locale.ROOT);
    if (!(lower.equals("'s") || lower.equals("’s")) || i == 0 || i + 1 >= words.length) return false;
    if (!tags[i - 1].equals("NOUN") && !tags[i - 1].equals("PROPN")) return false;
    String next = words[i + 1].toLowerCase(Locale.ROOT);
    if (next.equals("not") || next.equals("never")) return true;
    int k = i + 1;
    while (k < words.length && (tags[k].equals("ADV") || words[k].equalsIgnoreCase("that"))) k++;
    // a degree word first ("too", "that", "very"): a bare adjective may be a noun the tagger misread ("X's primary")
    return k > i + 1 && k < words.length && tags[k].equals("ADJ") && (k + 1 == words.length || !NOMINAL.contains(tags[k + 1]));
  }
}
