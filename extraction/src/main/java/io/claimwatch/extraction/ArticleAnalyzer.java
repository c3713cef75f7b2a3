package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.ClaimTextBuilder;
import io.claimwatch.extraction.attribution.CueRules;
import io.claimwatch.extraction.attribution.SourceResolver;
import io.claimwatch.extraction.attribution.StanceClassifier;
import io.claimwatch.extraction.claim.ClaimCanonicalizer;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.SentenceSplitter;

/**
 * Entry point of the extractor: sentences, attributions (source, cue, content, stance, origin) and claims of one
 * article. Built once from classpath resources; immutable and thread-safe (each call works on its own
 * {@link AnalysisRun}); deterministic for a given article.
 */
public final class ArticleAnalyzer {
  private final Components components;
  private final ExtractionLimits limits;

  /** The immutable parts one analysis run uses. */
  record Components(SentenceSplitter splitter, CueRules rules, SourceResolver resolver, StanceClassifier stance,
      ClaimTextBuilder claimTexts, ClaimCanonicalizer canonicalizer, SourceDirectory directory, ExtractionLexicon lexicon) {}

  private ArticleAnalyzer(Components components, ExtractionLimits limits) {
    this.components = components;
    this.limits = limits;
  }

  /** Loads lexicons, the alias table and the claim canonicalizer once. */
  public static ArticleAnalyzer fromResources() {
    ExtractionLexicon lex = ExtractionLexicon.fromResources();
    SourceDirectory dir = SourceDirectory.fromResources();
    return new ArticleAnalyzer(new Components(new SentenceSplitter(new NewsTokenizer(lex.abbreviations())),
        new CueRules(lex), new SourceResolver(lex, dir), new StanceClassifier(lex), new ClaimTextBuilder(lex, dir),
        ClaimCanonicalizer.fromResources(), dir, lex), ExtractionLimits.DEFAULTS);
  }

  /** The same analyzer with other caps. */
  public ArticleAnalyzer withLimits(ExtractionLimits other) {
    return new ArticleAnalyzer(components, other);
  }

  /** Deterministic analysis of one article, without a time budget. */
  public ArticleAnalysis analyze(ArticleInput article) {
    return analyze(article, Deadline.none());
  }

  /**
   * Deterministic analysis of one article within {@code deadline}; throws {@link ExtractionOverBudgetException} when
   * the budget runs out first (the analyzer stays usable).
   */
  public ArticleAnalysis analyze(ArticleInput article, Deadline deadline) {
    return new AnalysisRun(components, article, limits, deadline).run();
  }
}
