package io.claimwatch.enrich.stream;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
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
import io.claimwatch.extraction.Deadline;
import io.claimwatch.extraction.ExtractionOverBudgetException;
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
 *
 * <p>Extraction runs under a per-article time budget ({@code ENRICH_ARTICLE_BUDGET_MS}), checked cooperatively by
 * the extractor: an article over budget becomes a dead letter with reason {@value #OVER_BUDGET} and the stream
 * thread goes on with the next record. A {@link StackOverflowError} is treated like any other extraction failure, so
 * no single article can stop the thread.
 */
final class EnrichArticleProcessor implements Processor<String, Article, String, EnrichOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichArticleProcessor.class);
    static final String OVER_BUDGET = "extraction over budget";
    private static final int MAX_STACK_CHARS = 4000;
    private static final int MAX_MESSAGE_CHARS = 1000;
    /** Longest article id enriched; a longer one is a dead letter (ids from ingest are URLs or hashes). */
    static final int MAX_ID_CHARS = 2048;

    private final ArticleExtractor extractor;
    private final EnrichedArticleMapper mapper;
    private final MentionDeriver mentions;
    private final String storeName;
    private final String affiliationsStore;
    private final Clock clock;
    private final Duration budget;
    private ProcessorContext<String, EnrichOutcome> context;
    private KeyValueStore<String, EnrichedArticle> lastVersions;
    private ReadOnlyKeyValueStore<String, SourceAffiliation> affiliations;

    EnrichArticleProcessor(ArticleExtractor extractor, EnrichedArticleMapper mapper, MentionDeriver mentions,
                           String storeName, String affiliationsStore, Clock clock, Duration budget) {
        this.extractor = extractor;
        this.budget = budget;
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
            context.forward(record.withValue(failure(record, "processing", new IllegalArgumentException("record without article id"))));
            return;
        }
        if (articleId.length() > MAX_ID_CHARS) {
            context.forward(record.withValue(failure(record, "processing",
                    new IllegalArgumentException("article id longer than " + MAX_ID_CHARS + " characters"))));
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
            Deadline deadline = Deadline.after(budget);
            ArticleInput input = new ArticleInput(article.getId(), article.getPublisher(), article.getUrl(),
                    article.getTitle(), article.getBody());
            enriched = mapper.toRecord(article, memory == null ? extractor.analyze(input, deadline)
                    : extractor.analyze(input, memory, deadline));
            mentionChanges = mentions.replacement(previous, enriched);
        } catch (ExtractionOverBudgetException e) {
            LOG.warn("article {} over its extraction budget of {} ms; sent to the dead-letter topic", shortId(articleId),
                    budget.toMillis());
            context.forward(record.withValue(failure(record, OVER_BUDGET, e)));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extraction failed for article {}; sent to the dead-letter topic", shortId(articleId), e);
            context.forward(record.withValue(failure(record, "processing", e)));
            return;
        }
        lastVersions.put(articleId, enriched);
        context.forward(record.withValue(new EnrichOutcome.Enriched(enriched, EvidenceDeriver.replacement(previous, enriched),
                mentionChanges)));
        if (memory != null && !memory.learned().isEmpty()) {
            context.forward(record.withValue(new EnrichOutcome.Learned(memory.learned())));
        }
    }

    private static String shortId(String id) {
        return id.length() > 200 ? id.substring(0, 200) + "..." : id;
    }

    private EnrichOutcome failure(Record<String, Article> record, String reason, Throwable error) {
        RecordMetadata metadata = context.recordMetadata().orElse(null);
        StringWriter stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        String trace = stack.toString();
        return new EnrichOutcome.Failed(DeadLetter.newBuilder()
                .setApplication(context.applicationId())
                .setTopic(metadata == null ? "" : metadata.topic())
                .setPartition(metadata == null ? -1 : metadata.partition())
                .setOffset(metadata == null ? -1 : metadata.offset())
                .setKey(record.key() == null ? null : shortId(record.key()))
                .setReason(reason)
                .setException(truncated(error.getClass().getName() + ": " + error.getMessage(), MAX_MESSAGE_CHARS))
                .setStackTrace(truncated(trace, MAX_STACK_CHARS))
                .setPayload(null)
                .setFailedAt(clock.instant())
                .build());
    }

    private static String truncated(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
