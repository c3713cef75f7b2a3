package io.claimwatch.enrich.stream;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.streams.processor.api.ProcessorSupplier;

import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.extraction.resolve.ResolverSettings;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimMention;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Suppliers of this package's processors for the topology. */
public final class EnrichProcessors {
    private EnrichProcessors() {
    }

    public static ProcessorSupplier<String, Article, String, EnrichOutcome> enrich(
            ArticleExtractor extractor, EnrichedArticleMapper mapper, MentionDeriver mentions, String storeName,
            Clock clock, Duration budget) {
        return () -> new EnrichArticleProcessor(extractor, mapper, mentions, storeName, null, clock, budget);
    }

    /** The same, reading and teaching learned affiliations through the global store {@code affiliationsStore}. */
    public static ProcessorSupplier<String, Article, String, EnrichOutcome> enrich(
            ArticleExtractor extractor, EnrichedArticleMapper mapper, MentionDeriver mentions, String storeName,
            String affiliationsStore, Clock clock, Duration budget) {
        return () -> new EnrichArticleProcessor(extractor, mapper, mentions, storeName, affiliationsStore, clock,
                budget);
    }

    /** The global store's updater (the compacted affiliations topic is its only writer). */
    public static org.apache.kafka.streams.processor.api.ProcessorSupplier<String, io.claimwatch.schemas.SourceAffiliation, Void, Void>
            affiliationStoreUpdater(String affiliationsStore) {
        return () -> new AffiliationStoreUpdater(affiliationsStore);
    }

    /** The claim resolver over the mention-vectors topic; it uses the stores of {@link #resolverStores}. */
    public static ProcessorSupplier<String, ClaimMention, String, ResolutionEvent> resolveClaims(
            ResolverSettings settings) {
        return () -> new ClaimResolutionProcessor(settings);
    }

    /** The claim resolver's persistent stores, each with a changelog. */
    public static List<StoreBuilder<?>> resolverStores() {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreResolverState.CLUSTERS),
                        Serdes.String(), ResolverStateSerdes.clusters()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreResolverState.MENTIONS),
                        Serdes.String(), ResolverStateSerdes.mentions()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreResolverState.MEMBERS),
                        Serdes.String(), Serdes.String()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreResolverState.REDIRECTS),
                        Serdes.String(), Serdes.String()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreResolverState.PENDING),
                        Serdes.String(), Serdes.String()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreResolverState.QUESTIONS),
                        Serdes.String(), ResolverStateSerdes.questions()));
    }

    /** Names of the resolver's stores, for connecting them to its processor. */
    public static String[] resolverStoreNames() {
        return new String[] {StoreResolverState.CLUSTERS, StoreResolverState.MENTIONS, StoreResolverState.MEMBERS,
            StoreResolverState.REDIRECTS, StoreResolverState.PENDING, StoreResolverState.QUESTIONS};
    }
}
