package io.claimwatch.extraction.text;

import io.claimwatch.extraction.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentences: every line break ends a sentence (titles, headings and paragraphs are lines), and
 * within a line a standalone ".", "!" or "?" (abbreviations keep their period in the tokenizer) ends one when the next
 * token starts a new sentence (capital, digit or opening quote) after optional closing quotes or brackets (a straight
 * quote closes only when attached to the period, not after a space). A period
 * right after a stray symbol ("the mayor, /. The Gazette said") is treated as debris, not a sentence end. With a token cap, a
 * run longer than the cap without a sentence end is cut into pieces of at most that many tokens, so no later rule
 * ever sees an unbounded sentence. Linear in the text length.
 */
public final class SentenceSplitter {
  private final NewsTokenizer tokenizer;

  public SentenceSplitter(NewsTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  public List<Sentence> split(String text) {
    return split(text, Integer.MAX_VALUE);
  }

  /** Sentences of at most {@code maxTokens} tokens each. */
  public List<Sentence> split(String text, int maxTokens) {
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    int paragraph = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        List<Token> tokens = tokenizer.tokenize(text, lineStart, i);
        if (!tokens.isEmpty()) {
          splitLine(text, tokens, paragraph, sentences, maxTokens);
          paragraph++;
        }
        lineStart = i + 1;
      }
    }
    return sentences;
  }

  private static void splitLine(String text, List<Token> tokens, int paragraph, List<Sentence> out, int maxTokens) {
    int first = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (k - first >= maxTokens) {
        out.add(sentence(text, tokens.subList(first, k), paragraph, out.size()));
        first = k;
      }
      Token t = tokens.get(k);
      if (!(t.is(".") || t.is("!") || t.is("?") || t.is("…"))) continue;
      if (k > 0 && !tokens.get(k - 1).isWord() && !tokens.get(k - 1).isQuote() && !tokens.get(k - 1).is(")")) continue;
      int end = k;
      while (end + 1 < tokens.size() && end + 1 - first < maxTokens && isCloser(text, tokens.get(end + 1))) end++;
      if (end + 1 < tokens.size() && !startsSentence(tokens.get(end + 1))) continue;
      out.add(sentence(text, tokens.subList(first, end + 1), paragraph, out.size()));
      first = end + 1;
      k = end;
    }
    while (first < tokens.size()) {
      int end = (int) Math.min(tokens.size(), (long) first + maxTokens);
      out.add(sentence(text, tokens.subList(first, end), paragraph, out.size()));
      first = end;
    }
  }

  /**
   * A closing quote or bracket; a straight quote only when attached to what precedes it: in {@code chair. "I am}
   * the spaced quote opens the next sentence.
   */
  private static boolean isCloser(String text, Token t) {
    boolean straight = t.is("\"") || t.is("'");
    if (straight) return t.start() > 0 && !Character.isWhitespace(text.charAt(t.start() - 1));
    return t.is("”") || t.is("’") || t.is(")") || t.is("]") || t.is("»");
  }

  private static boolean startsSentence(Token t) {
    char c = t.text().charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || t.isOpeningQuote() || c == '"' || c == '\'' || c == '(' || c == '-'
        || c == '–' || c == '—';
  }

  private static Sentence sentence(String text, List<Token> tokens, int paragraph, int index) {
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    return new Sentence(TextSpan.of(text, start, end), List.copyOf(tokens), paragraph, index);
  }
}
