package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Corrections of the part-of-speech tags of a short claim text where the tagger errs in a regular way: a capitalized
 * word tagged as a verb right before an auxiliary or verb is the subject ("Trump might ...", "Skateboarding is ..."),
 * a word after a subject pronoun ("they welcome the ...") is its verb, and a split-off 's between a subject and no
 * noun is "is" ("Carolina's going to ..."; not after a day or "year": "Monday's voting" is a noun), the word after an opening possessive determiner is a noun ("her plan
 * to ..."), a base verb after a possessive's "'s" is a noun ("the public's trust"), and a negated auxiliary ("shouldn’t", "wasn’t") or a finite form of "be" (tagged a preposition after an infinitive: "what
 * she wants to hear is ...") is one, and an opening "That" before a noun and a verb is a determiner ("That plan
 * failed"). Returns a new array.
 */
final class TagRepairs {
  private static final Set<String> NOMINATIVE = Set.of("i", "we", "they", "he", "she");
  private static final Set<String> NOT_VERBS_AFTER_PRONOUN = Set.of("NOUN", "INTJ", "ADJ", "X");
  private static final Set<String> SUBJECTS = Set.of("NOUN", "PROPN", "PRON");
  private static final Set<String> FINITE_BE = Set.of("is", "are", "was", "were", "am");
  /** Owners of time before a possessive 's ("Monday's vote", "this year's budget"; not "time", as in "the time's come"). */
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "tonight", "yesterday", "tomorrow", "week", "month", "year", "weekend", "season");
  private static final Set<String> ADVERBS_AFTER_IS = Set.of("not", "never", "still", "also", "already", "now", "just",
      "too", "very", "so", "always", "often", "here", "there", "back", "out", "up", "down", "off", "over", "about",
      "almost", "again", "even", "only", "far", "well", "ever", "all", "much", "more", "less", "quite", "rather", "that");

  private TagRepairs() {}

  /** What follows "is" but not a possessive: an adverb, a particle, a preposition, an -ing or -ed form. */
  private static boolean isAfterIs(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    return tag.equals("ADV") || tag.equals("PART") || tag.equals("ADP")
        || tag.equals("VERB") && (lower.endsWith("ing") || lower.endsWith("ed"));
  }

  /**
   * "her team plans to stay", "the campaign says the ...": the first word in -s after an opening noun phrase (a
   * determiner or possessive, then nouns and adjectives ending in a singular noun) is its verb when "to", a
   * determiner, a pronoun or "that" follows it; the tagger reads it as a plural noun.
   */
  private static void repairVerbInS(String[] words, String[] out) {
    String first = words[0].toLowerCase(Locale.ROOT);
    if (!(out[0].equals("DET") || FunctionWords.POSSESSIVES.contains(first))) return;
    int k = 1;
    while (k < words.length && (out[k].equals("NOUN") || out[k].equals("ADJ")) && !isVerbInS(words[k])) k++;
    if (k < 2 || k + 1 >= words.length || !out[k - 1].equals("NOUN") || !out[k].equals("NOUN") || !isVerbInS(words[k])) return;
    String singular = words[k - 1].toLowerCase(Locale.ROOT);
    if (singular.endsWith("s") && !singular.endsWith("ss")) return;
    String next = words[k + 1].toLowerCase(Locale.ROOT);
    if (next.equals("to") || next.equals("that") || out[k + 1].equals("DET") || out[k + 1].equals("PRON")) out[k] = "VERB";
  }

  private static boolean isVerbInS(String word) {
    return Character.isLowerCase(word.charAt(0)) && ClauseWords.isWordInS(word.toLowerCase(Locale.ROOT));
  }

  /** A capitalized word and a capitalized word after it: part of a title ("Clean Power Plan"), not a verb. */
  private static boolean titled(String[] words, int i) {
    return i + 1 < words.length && Character.isUpperCase(words[i].charAt(0)) && Character.isUpperCase(words[i + 1].charAt(0));
  }

  private static boolean isTime(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return DAYS.contains(lower);
  }

  private static boolean isKnownAdverb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("ly") || ADVERBS_AFTER_IS.contains(lower);
  }

  static String[] repair(String[] words, String[] tags) {
    String[] out = tags.clone();
    for (int i = 0; i < words.length; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT).replace('’', '\'');
      if (lower.length() > 3 && lower.endsWith("n't") && !out[i].startsWith("AUX")) out[i] = "AUX"; // "wasn’t" as punctuation
      if (FINITE_BE.contains(lower) && !out[i].startsWith("AUX")) out[i] = "AUX"; // "what he wants to hear is/ADP ..."
    }
    // "her plan to ...": the word right after an opening possessive determiner is its noun, not a verb
    if (words.length > 1 && FunctionWords.POSSESSIVES.contains(words[0].toLowerCase(Locale.ROOT)) && out[1].equals("VERB")
        && Character.isLowerCase(words[1].charAt(0))) {
      out[1] = "NOUN";
    }
    repairVerbInS(words, out);
    // "That speech went ...": an opening "That" before a noun and its verb is a determiner, not a complementizer
    if (words.length > 2 && words[0].equals("That") && out[1].equals("NOUN") && (out[2].equals("VERB") || out[2].startsWith("AUX"))) {
      out[0] = "DET";
    }
    for (int i = 0; i + 1 < words.length; i++) {
      String next = out[i + 1];
      if (Character.isUpperCase(words[i].charAt(0)) && out[i].equals("VERB") && (next.startsWith("AUX") || next.equals("VERB"))) {
        out[i] = "PROPN";
      }
      boolean lowerNext = Character.isLowerCase(words[i + 1].charAt(0));
      if (NOMINATIVE.contains(words[i].toLowerCase(Locale.ROOT)) && out[i].equals("PRON") && lowerNext
          && NOT_VERBS_AFTER_PRONOUN.contains(next) && !words[i + 1].endsWith("ly")) {
        out[i + 1] = "VERB";
      }
      boolean apostropheS = words[i + 1].equals("'s") || words[i + 1].equals("’s");
      if (!apostropheS || i + 2 >= words.length) continue;
      // what follows the word after "'s": nothing, a preposition, a conjunction or a verb, so no object of a verb
      String after = i + 3 < words.length ? out[i + 3] : "PUNCT";
      boolean noObject = after.equals("PUNCT") || after.equals("ADP") || after.equals("CCONJ") || after.equals("VERB") || after.startsWith("AUX");
      // "the pier's still closed"; an adverb at the end is a noun the tagger misread ("his party's nominee")
      boolean afterIs = isAfterIs(words[i + 2], out[i + 2]) && !(out[i + 2].equals("ADV") && after.equals("PUNCT") && !isKnownAdverb(words[i + 2]));
      if (isTime(words[i])) { // "Monday's voting", "this year's budget": a possessive of time, its noun after it
        if (out[i + 2].equals("VERB")) out[i + 2] = "NOUN";
      } else if (SUBJECTS.contains(out[i]) && afterIs) {
        out[i + 1] = "AUX";
      } else if (out[i + 2].equals("VERB") && !afterIs && (noObject || titled(words, i + 2))) {
        out[i + 2] = "NOUN"; // "the public's trust", "Clinton's lead in ...", "Obama's Clean Power Plan": a possessive's noun
      }
    }
    return out;
  }
}
