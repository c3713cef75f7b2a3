package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.AffiliationMemory;
import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;

/** The extraction step the topology runs per article ({@link #of(ArticleAnalyzer)} in production). */
@FunctionalInterface
public interface ArticleExtractor {
    ArticleAnalysis analyze(ArticleInput article);

    /** Extraction that reads and teaches learned affiliations; extractors without that ignore the memory. */
    default ArticleAnalysis analyze(ArticleInput article, AffiliationMemory memory) {
        return analyze(article);
    }

    /** The production extractor: the analyzer with the affiliation memory it is given. */
    static ArticleExtractor of(ArticleAnalyzer analyzer) {
        return new ArticleExtractor() {
            @Override
            public ArticleAnalysis analyze(ArticleInput article) {
                return analyzer.analyze(article);
            }

            @Override
            public ArticleAnalysis analyze(ArticleInput article, AffiliationMemory memory) {
                return analyzer.analyze(article, memory);
            }
        };
    }
}
