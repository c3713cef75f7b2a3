package io.claimwatch.enrich.stream;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.time.Clock;
import java.time.Instant;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.SourceAffiliation;

/**
 * Enriches one article version and works out how its evidence replaces the previous version's.
 *
 * <p>The store keeps the last enriched version per article id; it is what makes updates exact (facts no longer
 * found are retracted) and retractions complete (a tombstone retracts every fact of the last version). A
 * version older than the stored one is skipped. An article that makes the extractor throw becomes a dead letter
 * and leaves the store untouched, so the previous version's evidence stays in force.
 */
final class EnrichArticleProcessor implements Processor<String, Article, String, EnrichOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichArticleProcessor.class);
    private static final int MAX_STACK_CHARS = 4000;

    private final ArticleExtractor extractor;
    private final EnrichedArticleMapper mapper;
    private final MentionDeriver mentions;
    private final String storeName;
    private final String affiliationsStore;
    private final Clock clock;
    private ProcessorContext<String, EnrichOutcome> context;
    private KeyValueStore<String, EnrichedArticle> lastVersions;
    private ReadOnlyKeyValueStore<String, SourceAffiliation> affiliations;

    EnrichArticleProcessor(ArticleExtractor extractor, EnrichedArticleMapper mapper, MentionDeriver mentions,
                           String storeName, String affiliationsStore, Clock clock) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.mentions = mentions;
        this.storeName = storeName;
        this.affiliationsStore = affiliationsStore;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
        this.lastVersions = context.getStateStore(storeName);
        if (affiliationsStore != null) this.affiliations = context.getStateStore(affiliationsStore);
    }

    @Override
    public void process(Record<String, Article> record) {
        String articleId = record.key();
        if (articleId == null) {
            context.forward(record.withValue(failure(record, new IllegalArgumentException("record without article id"))));
            return;
        }
        EnrichedArticle previous = lastVersions.get(articleId);
        Article article = record.value();
        if (article == null) {
            lastVersions.delete(articleId);
            context.forward(record.withValue(new EnrichOutcome.Retracted(EvidenceDeriver.replacement(previous, null),
                    mentions.replacement(previous, null))));
            return;
        }
        if (previous != null && article.getVersion() < previous.getVersion()) {
            LOG.info("skipping article {} version {}: version {} already enriched", articleId, article.getVersion(),
                    previous.getVersion());
            context.forward(record.withValue(new EnrichOutcome.Skipped("stale version")));
            return;
        }
        EnrichedArticle enriched;
        List<MentionChange> mentionChanges;
        StoreAffiliationMemory memory = affiliations == null ? null
                : new StoreAffiliationMemory(affiliations, Instant.ofEpochMilli(record.timestamp()));
        try {
            ArticleInput input = new ArticleInput(article.getId(), article.getPublisher(), article.getUrl(),
                    article.getTitle(), article.getBody());
            enriched = mapper.toRecord(article, memory == null ? extractor.analyze(input) : extractor.analyze(input, memory));
            mentionChanges = mentions.replacement(previous, enriched);
        } catch (RuntimeException e) {
            LOG.warn("extraction failed for article {}; sent to the dead-letter topic", articleId, e);
            context.forward(record.withValue(failure(record, e)));
            return;
        }
        lastVersions.put(articleId, enriched);
        context.forward(record.withValue(new EnrichOutcome.Enriched(enriched, EvidenceDeriver.replacement(previous, enriched),
                mentionChanges)));
        if (memory != null && !memory.learned().isEmpty()) {
            context.forward(record.withValue(new EnrichOutcome.Learned(memory.learned())));
        }
    }

    private EnrichOutcome failure(Record<String, Article> record, Exception error) {
        RecordMetadata metadata = context.recordMetadata().orElse(null);
        StringWriter stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        String trace = stack.toString();
        return new EnrichOutcome.Failed(DeadLetter.newBuilder()
                .setApplication(context.applicationId())
                .setTopic(metadata == null ? "" : metadata.topic())
                .setPartition(metadata == null ? -1 : metadata.partition())
                .setOffset(metadata == null ? -1 : metadata.offset())
                .setKey(record.key())
                .setReason("processing")
                .setException(error.getClass().getName() + ": " + error.getMessage())
                .setStackTrace(trace.length() > MAX_STACK_CHARS ? trace.substring(0, MAX_STACK_CHARS) : trace)
                .setPayload(null)
                .setFailedAt(clock.instant())
                .build());
    }
}
