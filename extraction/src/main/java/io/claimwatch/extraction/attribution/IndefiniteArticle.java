package io.claimwatch.extraction.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * Keeps "a" / "an" agreeing with the word after it when a claim text drops the word between them ("an alleged
 * phone call" → "a phone call", "a purported attack" → "an attack"). The choice is by spelling, with the common
 * exceptions of English sound: a silent h ("an hour"), a "you" sound ("a union", "a user"), a "w" sound ("a one-off");
 * an all-capital abbreviation is left as it was written, since its sound depends on how it is read.
 */
final class IndefiniteArticle {
  private static final Set<String> SILENT_H = Set.of("hour", "honest", "honor", "honour", "heir");
  private static final Set<String> CONSONANT_SOUND = Set.of("uni", "use", "usu", "uti", "ure", "ura", "eu", "ewe",
      "one", "once");

  private IndefiniteArticle() {}

  /**
   * When {@code text} ends with the article "a " or "an " (any case, as a word of its own), rewrites it to agree
   * with {@code next}, the word that will follow; otherwise leaves {@code text} as it is.
   */
  static void agree(StringBuilder text, String next) {
    if (next == null || next.isEmpty() || isAbbreviation(next)) {
      return;
    }
    int n = text.length();
    boolean endsWithAn = endsWithWord(text, "an ");
    if (!endsWithAn && !endsWithWord(text, "a ")) {
      return;
    }
    boolean wantAn = takesAn(next);
    if (endsWithAn && !wantAn) {
      text.delete(n - 2, n - 1);
    } else if (!endsWithAn && wantAn) {
      text.insert(n - 1, 'n');
    }
  }

  /** Whether {@code word} is read starting with a vowel sound. */
  static boolean takesAn(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (SILENT_H.stream().anyMatch(lower::startsWith)) {
      return true;
    }
    if (CONSONANT_SOUND.stream().anyMatch(lower::startsWith)) {
      return false;
    }
    return "aeiou".indexOf(lower.charAt(0)) >= 0;
  }

  private static boolean isAbbreviation(String word) {
    return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean endsWithWord(StringBuilder text, String word) {
    int start = text.length() - word.length();
    return start >= 0 && text.substring(start).equalsIgnoreCase(word) && isWordStart(text, start);
  }

  private static boolean isWordStart(StringBuilder text, int index) {
    return index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1));
  }
}
