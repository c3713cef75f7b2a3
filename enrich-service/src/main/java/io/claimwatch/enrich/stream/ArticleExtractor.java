package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.AffiliationMemory;
import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.Deadline;

/**
 * The extraction step the topology runs per article ({@link #of(ArticleAnalyzer)} in production). It checks
 * {@code deadline} cooperatively and throws {@link io.claimwatch.extraction.ExtractionOverBudgetException} when the
 * article's time budget is spent.
 */
@FunctionalInterface
public interface ArticleExtractor {
    ArticleAnalysis analyze(ArticleInput article, Deadline deadline);

    /** Extraction that reads and teaches learned affiliations; extractors without that ignore the memory. */
    default ArticleAnalysis analyze(ArticleInput article, AffiliationMemory memory, Deadline deadline) {
        return analyze(article, deadline);
    }

    /** The production extractor: the analyzer with the affiliation memory it is given. */
    static ArticleExtractor of(ArticleAnalyzer analyzer) {
        return new ArticleExtractor() {
            @Override
            public ArticleAnalysis analyze(ArticleInput article, Deadline deadline) {
                return analyzer.analyze(article, deadline);
            }

            @Override
            public ArticleAnalysis analyze(ArticleInput article, AffiliationMemory memory, Deadline deadline) {
                return analyzer.analyze(article, memory, deadline);
            }
        };
    }
}
