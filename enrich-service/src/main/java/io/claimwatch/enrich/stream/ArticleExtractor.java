package io.claimwatch.enrich.stream;

import io.claimwatch.enrich.extract.ArticleAnalysis;
import io.claimwatch.enrich.extract.ArticleInput;

/** The extraction step the topology runs per article ({@code ArticleAnalyzer::analyze} in production). */
@FunctionalInterface
public interface ArticleExtractor {
    ArticleAnalysis analyze(ArticleInput article);
}
