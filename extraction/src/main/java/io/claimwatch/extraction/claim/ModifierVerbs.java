package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs the tagger finds inside a noun phrase, which are no predicate of the claim's clause. A verb between an article
 * or a possessive and a noun modifies the noun ("a muted one", "her bruised arm", "the planned rally"): after "a",
 * "the" or "his" a finite verb cannot follow, so the text has no clause there. Only articles and possessives count,
 * not "that" or "this", which may be the subject ("that changed everything"). A name after "or" between commas
 * ("the Islamic State, or ISIS, has ...") renames the noun before and opens no second clause. A participle in -ed right
 * after the noun of an apposition ("Ann Lee, a ferry pilot based in Port Town") modifies that noun: the apposition
 * has no predicate of its own, so a caption of a name and an apposition has none. A naming participle before a name
 * ("a memoir entitled The Doctor") modifies its noun too.
 */
final class ModifierVerbs {
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "your", "his", "her", "its", "our",
      "their");
  private static final Set<String> HEADS = Set.of("NOUN", "PROPN", "NUM", "ADJ");
  /** Participles that name the noun before them (not "called", "named": "the mayor called Lee a liar"). */
  private static final Set<String> NAMING = Set.of("entitled", "titled", "dubbed", "nicknamed", "subtitled");

  private ModifierVerbs() {}

  /** Whether the verb at {@code i} stands between an article or possessive and the noun it modifies. */
  static boolean isPrenominal(String[] words, String[] tags, int i) {
    return i > 0 && i + 1 < words.length && DETERMINERS.contains(words[i - 1].toLowerCase(Locale.ROOT))
        && HEADS.contains(tags[i + 1]);
  }

  /** ", or ISIS,": "or" and one or two capitalized words between commas name the noun before again. */
  static boolean isAppositive(String[] words, int i) {
    if (!words[i].equalsIgnoreCase("or")) return false;
    for (int k = i + 1; k < words.length && k <= i + 3; k++) {
      if (words[k].equals(",")) return k > i + 1;
      if (!Character.isUpperCase(words[k].charAt(0))) return false;
    }
    return false;
  }

  /**
   * Whether the verb at {@code i}, a form in -ed right after a noun, sits in an apposition opened by a comma and "a" or
   * "an" with no verb between ("Ann Lee, 63, a pilot raised in Port Town").
   */
  static boolean isInApposition(String[] words, String[] tags, int i) {
    if (i < 3 || !tags[i - 1].equals("NOUN") || !words[i].toLowerCase(Locale.ROOT).endsWith("ed")) return false;
    for (int k = i - 1; k > 0; k--) {
      if (tags[k].equals("VERB") || tags[k].startsWith("AUX")) return false;
      String lower = words[k].toLowerCase(Locale.ROOT);
      // not the comma of a fronted phrase ("At the end of the day, a lot of sailors died")
      if ((lower.equals("a") || lower.equals("an")) && words[k - 1].equals(",")) return !tags[0].equals("ADP");
    }
    return false;
  }

  /** "a memoir entitled The Doctor", "a rally dubbed Pier Day": a naming participle after a noun, before a name. */
  static boolean isNaming(String[] words, String[] tags, int i) {
    return i > 0 && i + 1 < words.length && NAMING.contains(words[i].toLowerCase(Locale.ROOT)) && HEADS.contains(tags[i - 1])
        && Character.isUpperCase(words[i + 1].charAt(0));
  }
}
