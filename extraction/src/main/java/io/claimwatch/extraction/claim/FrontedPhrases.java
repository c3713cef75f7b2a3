package io.claimwatch.extraction.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a fronted condition or phrase before a claim text's main clause ends ("If the talks fail, ...", "During the
 * talks, ...", "after the convention he would ..."), from its words and part-of-speech tags; the main clause is then
 * judged on its own ({@link ClaimShape}).
 */
final class FrontedPhrases {
  /** How far the comma after a fronted phrase may be: further when the phrase opens a sentence (capitalized). */
  private static final int FRONTED_MAX = 10;
  private static final int SENTENCE_FRONTED_MAX = 14;
  /** Words that open a fronted condition or reason, and how far its comma may be. */
  private static final Set<String> CONDITIONS = Set.of("if", "when", "because", "although", "though", "while", "since",
      "unless", "once", "whenever", "until", "as", "after", "before", "without", "whether");
  private static final int CONDITION_MAX = 30;
  private static final int MIN_WORDS = 3;
  private static final Set<String> SUBJECT_PRONOUNS = FunctionWords.SUBJECT_PRONOUNS;

  private FrontedPhrases() {}

  /**
   * Indexes after the commas that may end a fronted condition or reason ("if the talks fail, ...", "Because prices
   * rose, ...", "If A, and B, ..." when it opens a sentence), or null when the text does not open with one or no
   * clause can follow.
   */
  static List<Integer> conditionEnds(String[] words, String[] tags) {
    int k = words[0].equalsIgnoreCase("even") || words[0].equalsIgnoreCase("only") ? 1 : 0;
    if (k >= words.length) return null;
    String opener = words[k].toLowerCase(Locale.ROOT);
    boolean capitalized = Character.isUpperCase(words[k].charAt(0));
    // a lower-case "whether" opens an embedded question; only a sentence's first word may open a long condition
    if (!CONDITIONS.contains(opener) || opener.equals("whether") && !capitalized) return null;
    List<Integer> ends = new ArrayList<>();
    for (int i = k + 2; i < Math.min(words.length - MIN_WORDS, CONDITION_MAX) && (capitalized || ends.isEmpty()); i++) {
      if (words[i].equals(",")) {
        if (!tags[i + 1].equals("CCONJ")) ends.add(i + 1);
        else if (!capitalized) break;
      }
    }
    return ends.isEmpty() ? null : ends;
  }

  /** Index of a subject pronoun followed by its verb after a fronted phrase without comma, else -1. */
  static int pronounClauseStart(String[] words, String[] tags) {
    for (int i = 2; i + 1 < Math.min(words.length, frontedMax(words)); i++) {
      boolean verbNext = tags[i + 1].equals("VERB") || tags[i + 1].startsWith("AUX");
      String before = words[i - 1].toLowerCase(Locale.ROOT);
      boolean subordinate = tags[i - 1].equals("SCONJ") || ClaimShape.isSubordinator(before, tags[i - 1]);
      if (SUBJECT_PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT)) && verbNext && !subordinate) return i;
      if (Character.isUpperCase(words[0].charAt(0)) && tags[i].equals("DET") && !subordinate && finiteAfterNoun(words, tags, i + 1)) {
        return i; // "For too long the political class has denied ...": a sentence's fronted phrase, then "the NOUN has"
      }
    }
    return -1;
  }

  /** From {@code from}: adjectives and nouns, at least one noun, then an auxiliary or a verb in -s or -ed. */
  private static boolean finiteAfterNoun(String[] words, String[] tags, int from) {
    int i = from;
    boolean noun = false;
    while (i < tags.length && i - from < 4 && (tags[i].equals("ADJ") || tags[i].equals("NOUN"))) noun |= tags[i++].equals("NOUN");
    if (!noun || i >= tags.length) return false;
    String w = words[i].toLowerCase(Locale.ROOT);
    return tags[i].startsWith("AUX") || tags[i].equals("VERB") && (w.endsWith("s") || w.endsWith("ed"));
  }

  /** Index after "PHRASE ," when a clause (not a conjunction) follows within the first words, else -1. */
  static int phraseEnd(String[] words, String[] tags) {
    for (int i = 1; i < Math.min(words.length - 1, frontedMax(words)); i++) {
      if (words[i].equals(",")) {
        // "by the paper, suggested ...": a verb with no subject after the comma ends a cut clause, it opens none
        boolean subjectless = (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"))
            && !(i + 2 < tags.length && tags[i + 2].equals("NOUN")); // not "undecided voters are ..."
        return tags[i + 1].equals("CCONJ") || subjectless && Character.isLowerCase(words[i + 1].charAt(0)) ? -1 : i + 1;
      }
    }
    return -1;
  }

  private static int frontedMax(String[] words) {
    return Character.isUpperCase(words[0].charAt(0)) ? SENTENCE_FRONTED_MAX : FRONTED_MAX;
  }
}
