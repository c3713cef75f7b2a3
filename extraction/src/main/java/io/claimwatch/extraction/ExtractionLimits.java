package io.claimwatch.extraction;

/**
 * Caps that keep one analysis bounded whatever the input: characters of the article text analyzed (title, newline,
 * body; the rest is not read), sentences analyzed, tokens per sentence (a longer run without a sentence end is cut
 * into pieces of this many tokens), and attributions kept. Each cap that applies is named in
 * {@link ArticleAnalysis#notes()}. The defaults are far above real news (a long feature is ~60,000 characters and
 * ~500 sentences, a long sentence ~120 tokens) and keep the worst case of every per-sentence rule small; see
 * docs/enrich-service.md.
 */
public record ExtractionLimits(int maxChars, int maxSentences, int maxTokensPerSentence, int maxAttributions) {
  public static final ExtractionLimits DEFAULTS = new ExtractionLimits(200_000, 2_000, 250, 500);

  public ExtractionLimits {
    if (maxChars < 1 || maxSentences < 1 || maxTokensPerSentence < 1 || maxAttributions < 1) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }
}
