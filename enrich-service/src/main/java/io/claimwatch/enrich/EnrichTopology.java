package io.claimwatch.enrich;

import java.time.Clock;
import java.time.Duration;

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
import io.claimwatch.enrich.stream.EvidenceDeriver;
import io.claimwatch.enrich.stream.MentionDeriver;
import io.claimwatch.enrich.stream.ResolutionRecords;
import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.extraction.resolve.ResolverSettings;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimMention;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.QuestionLink;
import io.claimwatch.schemas.SourceAffiliation;

/**
 * Two sub-topologies.
 *
 * <p><b>Extraction</b>: {@code news.articles.raw} → extraction → {@code news.articles.enriched} (keyed by article
 * id; tombstone on retraction), {@code news.claims.evidence} (keyed by fact key; UPSERT and RETRACT facts),
 * {@code news.claims.mention-vectors} (each claim mention with its embedding, keyed by mention id; tombstones for
 * mentions gone) and {@code news.enrich.dead-letter} (articles the extractor could not handle). The state store
 * {@value #LAST_VERSIONS_STORE} keeps each article's last enriched version so a new version replaces its evidence
 * and mentions exactly and a tombstone retracts all of them.
 *
 * <p><b>Claim resolution</b>: {@code news.claims.mention-vectors} (one partition, so one task sees every mention)
 * → the claim resolver → {@code news.claims.mentions} (mention → claim, compacted; tombstone when retracted) and
 * {@code news.claims.merges} (merged claim → survivor). Title questions on the same topic are no mentions: they are
 * linked read-only to the claim they ask about, {@code news.claims.questions} (question → claim, compacted).
 *
 * <p>Affiliations an article's text states ("Harbor Authority spokeswoman Mira Holm") go to the compacted topic
 * {@code news.sources.affiliations} (keyed by person), which every instance reads back into the global store
 * {@value #AFFILIATIONS_STORE}, so an article on any partition that names only "Mira Holm" resolves to the Harbor
 * Authority. The global store is updated asynchronously: an article processed before an affiliation another
 * partition just learned has reached the store resolves without it (see docs/enrich-extract.md).
 */
public final class EnrichTopology {
    public static final String LAST_VERSIONS_STORE = "enrich-last-versions";
    /** The per-article extraction budget when none is configured ({@code ENRICH_ARTICLE_BUDGET_MS}). */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofMillis(2000);
    public static final String AFFILIATIONS_STORE = "enrich-affiliations";

    private EnrichTopology() {
    }

    public static Topology build(SchemaRegistryClient registry, ArticleExtractor extractor, MentionDeriver mentions,
                                 ResolverSettings resolverSettings, String extractorVersion, Clock clock) {
        return build(registry, extractor, mentions, resolverSettings, extractorVersion, clock, DEFAULT_ARTICLE_BUDGET);
    }

    /** The topology with extraction limited to {@code articleBudget} per article (over it: a dead letter). */
    public static Topology build(SchemaRegistryClient registry, ArticleExtractor extractor, MentionDeriver mentions,
                                 ResolverSettings resolverSettings, String extractorVersion, Clock clock,
                                 Duration articleBudget) {
        Serde<String> keys = Serdes.String();
        Serde<Article> articles = AvroSerdes.forValues(registry, Article.class);
        Serde<EnrichedArticle> enrichedArticles = AvroSerdes.forValues(registry, EnrichedArticle.class);
        Serde<ClaimEvidence> evidence = AvroSerdes.forValues(registry, ClaimEvidence.class);
        Serde<DeadLetter> deadLetters = AvroSerdes.forValues(registry, DeadLetter.class);
        Serde<ClaimMention> mentionVectors = AvroSerdes.forValues(registry, ClaimMention.class);
        Serde<MentionAssignment> assignments = AvroSerdes.forValues(registry, MentionAssignment.class);
        Serde<ClaimMerge> merges = AvroSerdes.forValues(registry, ClaimMerge.class);
        Serde<QuestionLink> questionLinks = AvroSerdes.forValues(registry, QuestionLink.class);
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
                .process(EnrichProcessors.enrich(extractor, new EnrichedArticleMapper(extractorVersion), mentions,
                        LAST_VERSIONS_STORE, AFFILIATIONS_STORE, clock, articleBudget), Named.as("enrich-article"),
                        LAST_VERSIONS_STORE);

        outcomes.filter((id, outcome) -> outcome instanceof EnrichOutcome.Enriched
                        || outcome instanceof EnrichOutcome.Retracted, Named.as("enriched-or-retracted"))
                .mapValues(outcome -> outcome instanceof EnrichOutcome.Enriched enriched ? enriched.article() : null,
                        Named.as("enriched-article-or-tombstone"))
                .to(Topics.ARTICLES_ENRICHED, Produced.with(keys, enrichedArticles).withName("articles-enriched-sink"));

        outcomes.flatMap((id, outcome) -> outcome.evidence().stream()
                        .map(fact -> KeyValue.pair(EvidenceDeriver.factKey(fact), fact)).toList(),
                        Named.as("evidence-by-fact-key"))
                .to(Topics.CLAIMS_EVIDENCE, Produced.with(keys, evidence).withName("claims-evidence-sink"));

        outcomes.flatMap((id, outcome) -> outcome instanceof EnrichOutcome.Learned learned
                        ? learned.affiliations().stream().map(a -> KeyValue.pair(a.getPersonKey(), a)).toList()
                        : java.util.List.<KeyValue<String, SourceAffiliation>>of(), Named.as("learned-affiliations"))
                .to(Topics.SOURCES_AFFILIATIONS, Produced.with(keys, affiliations).withName("affiliations-sink"));

        outcomes.filter((id, outcome) -> outcome instanceof EnrichOutcome.Failed, Named.as("extraction-failures"))
                .mapValues(outcome -> ((EnrichOutcome.Failed) outcome).deadLetter(), Named.as("dead-letter-record"))
                .to(Topics.ENRICH_DEAD_LETTER, Produced.with(keys, deadLetters).withName("enrich-dead-letter-sink"));

        outcomes.flatMap((id, outcome) -> outcome.mentions().stream()
                        .map(change -> KeyValue.pair(change.mentionId(), change.mention())).toList(),
                        Named.as("mentions-by-id"))
                .to(Topics.CLAIM_MENTION_VECTORS,
                        Produced.with(keys, mentionVectors).withName("mention-vectors-sink"));

        EnrichProcessors.resolverStores().forEach(builder::addStateStore);
        KStream<String, ResolutionEvent> resolutions = builder
                .stream(Topics.CLAIM_MENTION_VECTORS,
                        Consumed.with(keys, mentionVectors).withName("mention-vectors-source"))
                .process(EnrichProcessors.resolveClaims(resolverSettings), Named.as("resolve-claims"),
                        EnrichProcessors.resolverStoreNames());
        resolutions.filter((id, e) -> ResolutionRecords.isMention(e), Named.as("mention-resolutions"))
                .mapValues(ResolutionRecords::assignment, Named.as("mention-assignment-or-tombstone"))
                .to(Topics.CLAIM_MENTIONS, Produced.with(keys, assignments).withName("claim-mentions-sink"));
        resolutions.filter((id, e) -> e instanceof ResolutionEvent.Merged, Named.as("claim-merges"))
                .mapValues(e -> ResolutionRecords.merge((ResolutionEvent.Merged) e), Named.as("claim-merge-record"))
                .to(Topics.CLAIM_MERGES, Produced.with(keys, merges).withName("claim-merges-sink"));
        resolutions.filter((id, e) -> ResolutionRecords.isQuestion(e), Named.as("question-links"))
                .mapValues(ResolutionRecords::questionLink, Named.as("question-link-or-tombstone"))
                .to(Topics.CLAIM_QUESTIONS, Produced.with(keys, questionLinks).withName("claim-questions-sink"));

        return builder.build();
    }
}
