package io.claimwatch.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/** Entry point of the extractor (first cut: sentences only; attribution rules follow). */
public final class ArticleAnalyzer {
  private ArticleAnalyzer() {}

  /** Loads lexicons and aliases once; the analyzer is immutable, thread-safe and reusable. */
  public static ArticleAnalyzer fromResources() {
    return new ArticleAnalyzer();
  }

  /** Deterministic analysis of one article. */
  public ArticleAnalysis analyze(ArticleInput article) {
    String text = article.text();
    List<TextSpan> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > start) sentences.add(TextSpan.of(text, start, i));
        start = i + 1;
      }
    }
    return new ArticleAnalysis(sentences, List.of(), List.of());
  }
}
