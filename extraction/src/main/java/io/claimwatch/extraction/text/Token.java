package io.claimwatch.extraction.text;

import java.util.Locale;

/** A token with its character offsets into the article text and a lowercase, apostrophe-normalized form. */
public record Token(String text, int start, int end, String lower) {
  public static Token of(String source, int start, int end) {
    String t = source.substring(start, end);
    return new Token(t, start, end, lower(t));
  }

  /**
   * {@code t.toLowerCase(Locale.ROOT)} with curly apostrophes made straight; an ASCII token (nearly every one) is
   * lower-cased here in one pass, which is what {@code toLowerCase} does to ASCII (only A-Z change).
   */
  private static String lower(String t) {
    int firstUpper = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80) return t.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (firstUpper < 0 && c >= 'A' && c <= 'Z') firstUpper = i;
    }
    if (firstUpper < 0) return t;
    char[] chars = t.toCharArray();
    for (int i = firstUpper; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char) (chars[i] + ('a' - 'A'));
    }
    return new String(chars);
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  public boolean is(String lowerForm) {
    return lower.equals(lowerForm);
  }

  public boolean isOpeningQuote() {
    char c = text.charAt(0);
    return text.length() == 1 && (c == '“' || c == '‘' || c == '«');
  }

  public boolean isQuote() {
    char c = text.charAt(0);
    return text.length() == 1 && (c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»'
        || c == '\'');
  }

  public boolean isPunct() {
    return !isWord();
  }
}
