package io.claimwatch.extraction.attribution;

import java.util.regex.Pattern;

/**
 * What a claim text may carry before its first clause and is no part of it, read from the surface: a markup tag left
 * before the text of an embedded post ("<post id=12>"), an opening ellipsis, and a dateline ("CHARLOTTE - ",
 * "WASHINGTON — ", "PORTLAND (AP) — ", "Port Town (AFP) – ", "PORT TOWN, Maine, May 4 (UPI) — ", "May 4 (Reuters) - ").
 * A date alone counts only before a wire agency, so "May 4 - the day the crews agreed ..." stays. Also whether a content
 * opens with a quotation mark, that is, is the speaker's own words. Stateless.
 */
final class OpeningFurniture {
  /** "July 25", "Aug. 3": the date of a wire dateline. */
  private static final String DATE = "\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}";
  private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu}.]{2,}(,? \\p{Lu}[\\p{Lu}.]+)*(,\\s*" + DATE + ")?"
      + "|(\\p{Lu}[\\p{L}.]+(,? \\p{Lu}[\\p{L}.]+){0,2}(,\\s*" + DATE + ")?|" + DATE + ")(?=\\s*\\((AP|AFP|Reuters|UPI)\\)))"
      + "(\\s*\\((AP|AFP|Reuters|UPI)\\))?\\s*[—–-]{1,2}\\s+");
  private static final Pattern LEADING_MARKUP = Pattern.compile("^<\\p{Ll}+( [^<>]*)?>\\s*");
  private static final Pattern LEADING_ELLIPSIS = Pattern.compile("^(\\.{3}|…)\\s*");
  private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[“\"«‘]");

  private OpeningFurniture() {}

  /**
   * {@code s} without a leading markup tag, ellipsis and dateline, in that order (each pattern is anchored with "^",
   * so it is tried at the start only: {@link TextCleaning#withoutLeading}).
   */
  static String strip(String s) {
    String t = TextCleaning.withoutLeading(LEADING_MARKUP, s);
    t = TextCleaning.withoutLeading(LEADING_ELLIPSIS, t);
    return TextCleaning.withoutLeading(DATELINE, t);
  }

  /** Whether {@code content} opens with a quotation mark. */
  static boolean opensWithQuote(String content) {
    return OPENING_QUOTE.matcher(content).lookingAt();
  }
}
