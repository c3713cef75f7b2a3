package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.Deadline;

/**
 * The extraction step the topology runs per article ({@code ArticleAnalyzer::analyze} in production). It checks
 * {@code deadline} cooperatively and throws {@link io.claimwatch.extraction.ExtractionOverBudgetException} when the
 * article's time budget is spent.
 */
@FunctionalInterface
public interface ArticleExtractor {
    ArticleAnalysis analyze(ArticleInput article, Deadline deadline);
}
