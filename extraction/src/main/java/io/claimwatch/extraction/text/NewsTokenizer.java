package io.claimwatch.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule tokenizer for news text. Rule-based rather than OpenNLP because it is two orders of magnitude faster (OpenNLP's
 * maxent models run at about a thousand sentences a second, far below the per-article budget) and attribution needs
 * only word boundaries. Words keep inner hyphens, periods of initialisms ("U.S.") and listed abbreviations ("Nov.");
 * possessive 's is split off ("Ukraine", "'s"); every other symbol is its own token.
 */
public final class NewsTokenizer {
  private final Set<String> abbreviations;

  public NewsTokenizer(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /** Tokens of text[from, to). */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(text, i, to, tokens);
      } else {
        tokens.add(Token.of(text, i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  private int word(String text, int start, int to, List<Token> tokens) {
    int i = start + 1;
    boolean innerPeriod = false;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '-' || c == '.' || c == ',' || c == '&') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
          && (c != ',' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
        innerPeriod |= c == '.';
        i++;
      } else if ((c == '\'' || c == '’') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
        if (isPossessive(text, i, to)) {
          tokens.add(Token.of(text, start, i));
          tokens.add(Token.of(text, i, i + 2));
          return i + 2;
        }
        i++;
      } else {
        break;
      }
    }
    if (i < to && text.charAt(i) == '.') {
      String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
      boolean initial = i - start == 1 && Character.isUpperCase(text.charAt(start));
      if (innerPeriod && Character.isLetter(text.charAt(i - 1)) || abbreviations.contains(w) || initial) i++;
    }
    tokens.add(Token.of(text, start, i));
    return i;
  }

  private static boolean isPossessive(String text, int apostrophe, int to) {
    char s = text.charAt(apostrophe + 1);
    return (s == 's' || s == 'S') && (apostrophe + 2 >= to || !Character.isLetterOrDigit(text.charAt(apostrophe + 2)));
  }
}
