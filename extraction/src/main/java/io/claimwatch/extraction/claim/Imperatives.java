package io.claimwatch.extraction.claim;

import java.util.Locale;

/**
 * A text that opens with an imperative asks or tells the listener to do something and asserts nothing: a capitalized
 * base-form verb before an object pronoun ("Tell me what the fees will be", "Give us a few more weeks") or a
 * let-imperative ("Let the council decide", "Let them build the pier"; not "Let's" or "Let us"). A speaker's frame before a clause ("Let me be
 * clear, ...", "Trust me, ...") is dropped from the claim text before this test, so its clause stays a claim.
 * The tags are OpenNLP's ({@link PosTagger}); a name the tagger calls a verb ("Trump") is no imperative unless an
 * object pronoun follows it.
 */
final class Imperatives {
  private Imperatives() {}

  /** Whether {@code words} (tagged {@code tags}) open with an imperative. */
  static boolean opens(String[] words, String[] tags) {
    if (words.length < 3 || !tags[0].equals("VERB")) return false;
    String first = words[0];
    if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !first.substring(1).chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    String lower = first.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("en")) return false;
    String next = words[1].toLowerCase(Locale.ROOT).replace('’', '\'');
    // "Let the council decide"; "Let's" and "Let us" propose and often frame a claim ("Let's face it, the pier is lost")
    if (lower.equals("let")) return !next.equals("'s") && !next.equals("us");
    return FunctionWords.OBJECT_PRONOUNS.contains(next) && !next.equals("whom");
  }
}
