package io.claimwatch.extraction;

import java.util.List;

/** Test helper: one shared analyzer and lookups over its results. */
final class Analyses {
  static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromResources();

  private Analyses() {}

  static ArticleAnalysis analyze(String title, String body) {
    return ANALYZER.analyze(new ArticleInput("test", "Harbor Gazette", null, title, body));
  }

  /** Attributions of a one-paragraph body under a short title. */
  static List<FoundAttribution> attributions(String body) {
    return analyze("Local news", body).attributions().stream().filter(a -> a.sourceSpan() != null).toList();
  }

  static FoundAttribution only(String body) {
    List<FoundAttribution> all = attributions(body);
    if (all.size() != 1) throw new AssertionError("expected one attribution in <" + body + "> but got " + all);
    return all.get(0);
  }
}
