package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A text that opens with an imperative asks or tells the listener to do something and asserts nothing: a capitalized
 * base-form verb before an object pronoun ("Tell me what the fees will be", "Give us a few more weeks") or a
 * let-imperative ("Let the council decide", "Let them build the pier"; not "Let's" or "Let us") or, in a body, an
 * emphatic one ("Do be careful", which is also what a negated "Don't ..." leaves as its positive form; a headline's
 * "Don't ..." often carries its claim in a clause after it, which the resolver still needs). A speaker's frame before a clause ("Let me be
 * clear, ...", "Trust me, ...") is dropped from the claim text before this test, so its clause stays a claim.
 * The tags are OpenNLP's ({@link PosTagger}); a name the tagger calls a verb ("Trump") is no imperative unless an
 * object pronoun follows it.
 */
final class Imperatives {
  private static final Set<String> HEADLINE_OBJECT_OPENERS = Set.of("the", "a", "an", "your", "our", "this", "these",
      "those", "my");

  private Imperatives() {}

  /** Whether {@code words} (tagged {@code tags}) open with an imperative. */
  static boolean opens(String[] words, String[] tags) {
    if (emphatic(words, tags)) return true;
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

  /** "Do be a sucker", "Do vote": a capitalized "Do" and a base verb, an emphatic imperative (a question has its subject next). */
  private static boolean emphatic(String[] words, String[] tags) {
    return words.length > 2 && words[0].equals("Do") && (tags[1].equals("VERB") || words[1].equalsIgnoreCase("be"))
        && !FunctionWords.SUBJECT_PRONOUNS.contains(words[1].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a headline opens with an imperative: a capitalized base-form verb (so tagged in the lower-cased headline,
   * where capitals do not make every word a name) before a determiner or an object pronoun ("Keep the Returns,
   * Mayor", "Give Us a Few Figures", "Call the board's bluff"). A headline's noun that is also a verb stands before
   * its own verb instead ("Talks collapse", "Cash for the pier pours in"), and a name that is also a verb has its
   * modal after it ("Trump The Dealmaker Could ...").
   */
  static boolean opensHeadline(String[] words, PosTagger tagger) {
    if (words.length < 3 || !Character.isUpperCase(words[0].charAt(0))) return false;
    String lower = words[0].toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("en")) return false;
    String next = words[1].toLowerCase(Locale.ROOT);
    if (!HEADLINE_OBJECT_OPENERS.contains(next) && !FunctionWords.OBJECT_PRONOUNS.contains(next)) return false;
    String[] tags = tagger.tag(words);
    for (int i = 1; i < tags.length; i++) if (tags[i].startsWith("AUX")) return false; // "Trump The Dealmaker Could ..."
    return tagger.tag(ClauseWords.lowered(words))[0].equals("VERB") && !tags[0].equals("PROPN");
  }
}
