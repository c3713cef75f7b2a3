package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * The halves of a quote its speaker splits ("“The pier,” the mayor said, “will close in May.”"), found from the
 * tokens of the sentence ({@link CueRules}); the claim text joins them ({@code SplitQuotes}).
 */
final class QuoteHalves {
  private QuoteHalves() {}

  /**
   * The opening quote of a quote that closes after a comma right before {@code source} (",” the mayor said"), at or
   * after {@code from}, or -1: the first half of a quote its speaker splits.
   */
  static int openingQuoteBefore(List<Token> t, int from, int source) {
    if (source < 3 || !t.get(source - 1).isQuote() || t.get(source - 1).isOpeningQuote() || !t.get(source - 2).is(",")) return -1;
    for (int k = source - 3; k >= from; k--) {
      if (t.get(k).isQuote()) return k + 1 < source - 2 ? k : -1;
    }
    return -1;
  }

  /** Whether a quote opens at {@code p} and goes on in lower case: the second half of a quote split by its speaker. */
  static boolean continuesQuote(List<Token> t, int p) {
    return p + 1 < t.size() && t.get(p).isQuote() && t.get(p + 1).isWord() && Character.isLowerCase(t.get(p + 1).text().charAt(0));
  }
}
