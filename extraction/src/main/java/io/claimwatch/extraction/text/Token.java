package io.claimwatch.extraction.text;

import java.util.Locale;

/** A token with its character offsets into the article text and a lowercase, apostrophe-normalized form. */
public record Token(String text, int start, int end, String lower) {
  public static Token of(String source, int start, int end) {
    String t = source.substring(start, end);
    return new Token(t, start, end, t.toLowerCase(Locale.ROOT).replace('’', '\''));
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
