package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.AffiliationFinder;
import io.claimwatch.extraction.attribution.ClaimTextBuilder;
import io.claimwatch.extraction.claim.ClaimShape;
import io.claimwatch.extraction.attribution.CueRules;
import io.claimwatch.extraction.attribution.SiteFurniture;
import io.claimwatch.extraction.attribution.SourceResolver;
import io.claimwatch.extraction.attribution.SourceSubject;
import io.claimwatch.extraction.attribution.TitleCaseWords;
import io.claimwatch.extraction.attribution.StanceClassifier;
import io.claimwatch.extraction.claim.ClaimCanonicalizer;
import io.claimwatch.extraction.claim.ConjunctSplitter;
import io.claimwatch.extraction.claim.PosTagger;
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
      ClaimTextBuilder claimTexts, ClaimCanonicalizer canonicalizer, SourceDirectory directory, ExtractionLexicon lexicon,
      AffiliationFinder affiliations, ClaimShape shapes, NewsTokenizer tokenizer, SiteFurniture furniture,
      SourceSubject sourceSubject, TitleCaseWords titleCaseWords, GerundSubjects gerunds) {}

  private ArticleAnalyzer(Components components, ExtractionLimits limits) {
    this.components = components;
    this.limits = limits;
  }

  /** Loads lexicons, the bundled (empty) source table and the claim canonicalizer once. */
  public static ArticleAnalyzer fromResources() {
    return withSources(SourceDirectory.fromResources());
  }

  /** The same with an operator's curated source table ({@code ENRICH_SOURCES_FILE}). */
  public static ArticleAnalyzer withSources(SourceDirectory dir) {
    ExtractionLexicon lex = ExtractionLexicon.fromResources();
    NewsTokenizer tokenizer = new NewsTokenizer(lex.abbreviations());
    PosTagger tagger = new PosTagger();
    CueRules rules = new CueRules(lex);
    ClaimCanonicalizer canonicalizer = ClaimCanonicalizer.fromResources();
    return new ArticleAnalyzer(new Components(new SentenceSplitter(tokenizer),
        rules, new SourceResolver(lex, dir), new StanceClassifier(lex),
        new ClaimTextBuilder(lex, dir, new ConjunctSplitter(tokenizer, tagger)), canonicalizer, dir,
        lex, new AffiliationFinder(lex), new ClaimShape(tokenizer, tagger), tokenizer, new SiteFurniture(lex),
        new SourceSubject(lex, rules.raising()), new TitleCaseWords(lex, canonicalizer::titleCase),
        new GerundSubjects(tokenizer, tagger)), ExtractionLimits.DEFAULTS);
  }

  /** The same analyzer with other caps. */
  public ArticleAnalyzer withLimits(ExtractionLimits other) {
    return new ArticleAnalyzer(components, other);
  }

  /** Deterministic analysis of one article on its own (no affiliations from other articles, no time budget). */
  public ArticleAnalysis analyze(ArticleInput article) {
    return analyze(article, AffiliationMemory.none(), Deadline.none());
  }

  /** Analysis of one article on its own within {@code deadline}. */
  public ArticleAnalysis analyze(ArticleInput article, Deadline deadline) {
    return analyze(article, AffiliationMemory.none(), deadline);
  }

  /** Analysis that reads and teaches affiliations through {@code memory}, without a time budget. */
  public ArticleAnalysis analyze(ArticleInput article, AffiliationMemory memory) {
    return analyze(article, memory, Deadline.none());
  }

  /**
   * Analysis of one article that looks up affiliations earlier articles taught and teaches the ones this article
   * states (deterministic for a given article and memory content), within {@code deadline}: throws
   * {@link ExtractionOverBudgetException} when the budget runs out first (the analyzer stays usable).
   */
  public ArticleAnalysis analyze(ArticleInput article, AffiliationMemory memory, Deadline deadline) {
    return new AnalysisRun(components, article, memory, limits, deadline).run();
  }
}
