package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.RawAttribution;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A quote split by its speaker ("“The pier,” the mayor said, “will close in May.”"): its content is the two halves
 * joined, without the speaker, cue and the punctuation around them ("The pier will close in May").
 */
final class SplitQuotes {
  private SplitQuotes() {}

  /** The content tokens of {@code r} before its source and after its cue, without the commas and quotes at the seam. */
  static List<Token> joinedTokens(List<Token> t, RawAttribution r) {
    int firstEnd = r.sourceStart();
    while (firstEnd > r.contentStart() && isSeam(t.get(firstEnd - 1))) firstEnd--;
    int second = r.cueEnd();
    while (second < r.contentEnd() && !t.get(second).isQuote()) second++;
    while (second < r.contentEnd() && isSeam(t.get(second))) second++;
    List<Token> out = new ArrayList<>(t.subList(r.contentStart(), firstEnd));
    out.addAll(t.subList(second, r.contentEnd()));
    return out;
  }

  /** The text of {@code tokens} from {@code text}: the first half's words, a space, the second half's. */
  static String joinedText(String text, List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token k : tokens) {
      if (previous != null) {
        String gap = text.substring(previous.end(), k.start());
        out.append(gap.isBlank() ? gap : " "); // the seam: the speaker and cue between the halves become one space
      }
      out.append(k.text());
      previous = k;
    }
    return out.toString();
  }

  private static boolean isSeam(Token k) {
    return k.isQuote() || k.is(",");
  }
}
