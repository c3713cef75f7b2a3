package io.claimwatch.enrich.stream;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.streams.processor.api.ProcessorSupplier;

import io.claimwatch.schemas.Article;

/** Suppliers of this package's processors for the topology. */
public final class EnrichProcessors {
    private EnrichProcessors() {
    }

    public static ProcessorSupplier<String, Article, String, EnrichOutcome> enrich(
            ArticleExtractor extractor, EnrichedArticleMapper mapper, String storeName, Clock clock, Duration budget) {
        return () -> new EnrichArticleProcessor(extractor, mapper, storeName, clock, budget);
    }
}
