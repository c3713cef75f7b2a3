package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleInput;

/** The extraction step the topology runs per article ({@code ArticleAnalyzer::analyze} in production). */
@FunctionalInterface
public interface ArticleExtractor {
    ArticleAnalysis analyze(ArticleInput article);
}
