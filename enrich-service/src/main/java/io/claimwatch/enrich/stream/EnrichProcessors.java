package io.claimwatch.enrich.stream;

import java.time.Clock;

import org.apache.kafka.streams.processor.api.ProcessorSupplier;

import io.claimwatch.schemas.Article;

/** Suppliers of this package's processors for the topology. */
public final class EnrichProcessors {
    private EnrichProcessors() {
    }

    public static ProcessorSupplier<String, Article, String, EnrichOutcome> enrich(
            ArticleExtractor extractor, EnrichedArticleMapper mapper, String storeName, Clock clock) {
        return () -> new EnrichArticleProcessor(extractor, mapper, storeName, null, clock);
    }

    /** The same, reading and teaching learned affiliations through the global store {@code affiliationsStore}. */
    public static ProcessorSupplier<String, Article, String, EnrichOutcome> enrich(
            ArticleExtractor extractor, EnrichedArticleMapper mapper, String storeName, String affiliationsStore,
            Clock clock) {
        return () -> new EnrichArticleProcessor(extractor, mapper, storeName, affiliationsStore, clock);
    }

    /** The global store's updater (the compacted affiliations topic is its only writer). */
    public static org.apache.kafka.streams.processor.api.ProcessorSupplier<String, io.claimwatch.schemas.SourceAffiliation, Void, Void>
            affiliationStoreUpdater(String affiliationsStore) {
        return () -> new AffiliationStoreUpdater(affiliationsStore);
    }
}
