package io.claimwatch.ingest;

import io.claimwatch.ingest.ItemResult.Status;
import io.claimwatch.ingest.normalize.UrlNormalizer;
import io.claimwatch.ingest.publish.TransactionalWriter;
import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.store.ArticleState;
import io.claimwatch.ingest.store.ArticleStateStore;
import io.claimwatch.ingest.validate.ArticleValidator;
import io.claimwatch.ingest.validate.RejectedException;
import io.claimwatch.ingest.validate.Rejection;
import io.claimwatch.ingest.validate.SubmissionParser.ParsedItem;
import io.claimwatch.ingest.validate.ValidArticle;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingest core shared by HTTP and batch import: validates items, assigns identity and versions against the
 * {@link ArticleStateStore}, and writes accepted articles plus dead letters for refused ones in one transaction.
 * The state is updated and results are returned only after the broker acknowledged the commit; when the write
 * fails nothing is reported as accepted and the state is untouched.
 *
 * <p>Calls are serialized (one transaction at a time), which also makes "read current version, write next one"
 * atomic per instance.
 */
public final class ArticleIngestor {

    /** Outcome of a retraction. */
    public enum Retraction { RETRACTED, ALREADY_RETRACTED, NOT_FOUND }

    private final ArticleValidator validator;
    private final ArticleStateStore store;
    private final TransactionalWriter writer;
    private final Serializer<Article> articles;
    private final DeadLetters deadLetters;
    private final IngestMetrics metrics;
    private final Clock clock;

    public ArticleIngestor(ArticleValidator validator, ArticleStateStore store, TransactionalWriter writer,
                           Serializer<Article> articles, DeadLetters deadLetters, IngestMetrics metrics, Clock clock) {
        this.validator = validator;
        this.store = store;
        this.writer = writer;
        this.articles = articles;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Ingests the items of one request or import chunk; {@code channel} is "http" or "import". */
    public synchronized List<ItemResult> ingest(List<ParsedItem> items, String channel) throws WriteUnavailableException {
        Instant now = clock.instant();
        Map<String, ArticleState> pending = new HashMap<>();
        List<ItemResult> results = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ParsedItem item = items.get(i);
            metrics.payloadBytes(DeadLetters.utf8Length(item.raw()));
            Rejection rejection = item.rejection();
            ValidArticle valid = null;
            if (rejection == null) {
                try {
                    valid = validator.validate(item.submission(), now);
                } catch (RejectedException e) {
                    rejection = e.rejection();
                }
            }
            if (rejection != null) {
                records.add(deadLetters.record(keyFor(item), rejection, item.raw(), channel, now));
                results.add(new ItemResult(i, null, null, Status.REJECTED, rejection));
                continue;
            }
            ArticleState current = pending.containsKey(valid.id()) ? pending.get(valid.id())
                    : store.get(valid.id()).orElse(null);
            if (current != null && !current.retracted() && current.contentHash().equals(valid.contentHash())) {
                results.add(new ItemResult(i, valid.id(), current.version(), Status.UNCHANGED, null));
                continue;
            }
            int version = current == null ? 1 : current.version() + 1;
            Article article = toArticle(valid, version, now);
            pending.put(valid.id(), ArticleState.of(article));
            records.add(new ProducerRecord<>(Topics.ARTICLES_RAW, valid.id(), serialize(article)));
            results.add(new ItemResult(i, valid.id(), version, version == 1 ? Status.CREATED : Status.UPDATED, null));
        }
        write(records);
        pending.values().forEach(state -> store.apply(state.article()));
        count(results);
        return results;
    }

    /** Dead-letters a request refused as a whole (malformed, too large, wrong content type, ...). */
    public void rejectRequest(Rejection rejection, byte[] payload, long totalBytes, String channel)
            throws WriteUnavailableException {
        metrics.payloadBytes(totalBytes);
        write(List.of(deadLetters.record(null, rejection, payload, totalBytes, channel, clock.instant())));
        metrics.rejected(rejection.reason());
    }

    /** Writes a tombstone for a known, not yet retracted id. */
    public synchronized Retraction retract(String id) throws WriteUnavailableException {
        Optional<ArticleState> state = store.get(id);
        if (state.isEmpty()) {
            return Retraction.NOT_FOUND;
        }
        if (state.get().retracted()) {
            return Retraction.ALREADY_RETRACTED;
        }
        write(List.of(new ProducerRecord<>(Topics.ARTICLES_RAW, id, null)));
        store.applyRetraction(id);
        metrics.retracted();
        return Retraction.RETRACTED;
    }

    /** What is known about an id: absent when never seen; {@link ArticleState#retracted()} once retracted. */
    public Optional<ArticleState> state(String id) {
        return store.get(id);
    }

    private void write(List<ProducerRecord<String, byte[]>> records) throws WriteUnavailableException {
        Timer.Sample sample = Timer.start();
        writer.writeAll(records);
        sample.stop(metrics.produceLatency());
    }

    private byte[] serialize(Article article) throws WriteUnavailableException {
        try {
            return articles.serialize(Topics.ARTICLES_RAW, article);
        } catch (RuntimeException e) {
            throw new WriteUnavailableException("the schema registry did not take the schema: " + e.getMessage(), e);
        }
    }

    private void count(List<ItemResult> results) {
        for (ItemResult result : results) {
            switch (result.status()) {
                case CREATED -> metrics.created();
                case UPDATED -> metrics.updated();
                case UNCHANGED -> metrics.unchanged();
                case REJECTED -> metrics.rejected(result.rejection().reason());
            }
        }
    }

    private static String keyFor(ParsedItem item) {
        if (item.submission() == null || item.submission().url() == null) {
            return null;
        }
        try {
            return UrlNormalizer.normalize(item.submission().url());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Article toArticle(ValidArticle v, int version, Instant now) {
        return Article.newBuilder()
                .setId(v.id()).setVersion(version).setContentHash(v.contentHash()).setUrl(v.url())
                .setPublisher(v.publisher()).setPublishedAt(v.publishedAt()).setIngestedAt(now)
                .setTitle(v.title()).setBody(v.body()).setLanguage(v.language()).setAuthor(v.author())
                .setSourceSystem(v.source())
                .build();
    }
}
