package io.claimwatch.enrich;

import java.time.Clock;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

import io.claimwatch.enrich.stream.ArticleExtractor;
import io.claimwatch.enrich.stream.EnrichOutcome;
import io.claimwatch.enrich.stream.EnrichProcessors;
import io.claimwatch.enrich.stream.EnrichedArticleMapper;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.SourceAffiliation;

/**
 * {@code news.articles.raw} → extraction → {@code news.articles.enriched} (keyed by article id; tombstone on
 * retraction), {@code news.claims.evidence} (keyed by claim id; UPSERT and RETRACT facts) and
 * {@code news.enrich.dead-letter} (articles the extractor could not handle).
 *
 * <p>The state store {@value #LAST_VERSIONS_STORE} keeps each article's last enriched version so a new version
 * replaces its evidence exactly and a tombstone retracts all of it. Evidence is re-keyed by claim id straight
 * into its topic; no repartition topic is needed because nothing downstream in this topology groups by claim.
 *
 * <p>Affiliations an article's text states ("Harbor Authority spokeswoman Mira Holm") go to the compacted topic
 * {@code news.sources.affiliations} (keyed by person), which every instance reads back into the global store
 * {@value #AFFILIATIONS_STORE}, so an article on any partition that names only "Mira Holm" resolves to the Harbor
 * Authority. The global store is updated asynchronously: an article processed before an affiliation another
 * partition just learned has reached the store resolves without it (see docs/enrich-extract.md).
 */
public final class EnrichTopology {
    public static final String LAST_VERSIONS_STORE = "enrich-last-versions";
    public static final String AFFILIATIONS_STORE = "enrich-affiliations";

    private EnrichTopology() {
    }

    public static Topology build(SchemaRegistryClient registry, ArticleExtractor extractor, String extractorVersion,
                                 Clock clock) {
        Serde<String> keys = Serdes.String();
        Serde<Article> articles = AvroSerdes.forValues(registry, Article.class);
        Serde<EnrichedArticle> enrichedArticles = AvroSerdes.forValues(registry, EnrichedArticle.class);
        Serde<ClaimEvidence> evidence = AvroSerdes.forValues(registry, ClaimEvidence.class);
        Serde<DeadLetter> deadLetters = AvroSerdes.forValues(registry, DeadLetter.class);
        Serde<SourceAffiliation> affiliations = AvroSerdes.forValues(registry, SourceAffiliation.class);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LAST_VERSIONS_STORE), keys, enrichedArticles));
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AFFILIATIONS_STORE), keys,
                        affiliations).withLoggingDisabled(),
                Topics.SOURCES_AFFILIATIONS, Consumed.with(keys, affiliations).withName("affiliations-source"),
                EnrichProcessors.affiliationStoreUpdater(AFFILIATIONS_STORE));

        KStream<String, EnrichOutcome> outcomes = builder
                .stream(Topics.ARTICLES_RAW, Consumed.with(keys, articles).withName("articles-raw-source"))
                .process(EnrichProcessors.enrich(extractor, new EnrichedArticleMapper(extractorVersion),
                        LAST_VERSIONS_STORE, AFFILIATIONS_STORE, clock), Named.as("enrich-article"), LAST_VERSIONS_STORE);

        outcomes.filter((id, outcome) -> outcome instanceof EnrichOutcome.Enriched
                        || outcome instanceof EnrichOutcome.Retracted, Named.as("enriched-or-retracted"))
                .mapValues(outcome -> outcome instanceof EnrichOutcome.Enriched enriched ? enriched.article() : null,
                        Named.as("enriched-article-or-tombstone"))
                .to(Topics.ARTICLES_ENRICHED, Produced.with(keys, enrichedArticles).withName("articles-enriched-sink"));

        outcomes.flatMap((id, outcome) -> outcome.evidence().stream()
                        .map(fact -> KeyValue.pair(fact.getClaimId(), fact)).toList(), Named.as("evidence-by-claim"))
                .to(Topics.CLAIMS_EVIDENCE, Produced.with(keys, evidence).withName("claims-evidence-sink"));

        outcomes.flatMap((id, outcome) -> outcome instanceof EnrichOutcome.Learned learned
                        ? learned.affiliations().stream().map(a -> KeyValue.pair(a.getPersonKey(), a)).toList()
                        : java.util.List.<KeyValue<String, SourceAffiliation>>of(), Named.as("learned-affiliations"))
                .to(Topics.SOURCES_AFFILIATIONS, Produced.with(keys, affiliations).withName("affiliations-sink"));

        outcomes.filter((id, outcome) -> outcome instanceof EnrichOutcome.Failed, Named.as("extraction-failures"))
                .mapValues(outcome -> ((EnrichOutcome.Failed) outcome).deadLetter(), Named.as("dead-letter-record"))
                .to(Topics.ENRICH_DEAD_LETTER, Produced.with(keys, deadLetters).withName("enrich-dead-letter-sink"));

        return builder.build();
    }
}
