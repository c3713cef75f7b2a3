package io.claimwatch.ingest;

import io.claimwatch.ingest.ItemResult.Status;
import io.claimwatch.ingest.normalize.UrlNormalizer;
import io.claimwatch.ingest.publish.TransactionalWriter;
import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.store.ArticleReader;
import io.claimwatch.ingest.store.ArticleState;
import io.claimwatch.ingest.store.ArticleStateStore;
import io.claimwatch.ingest.validate.ArticleValidator;
import io.claimwatch.ingest.validate.RejectReason;
import io.claimwatch.ingest.validate.RejectedException;
import io.claimwatch.ingest.validate.Rejection;
import io.claimwatch.ingest.validate.SubmissionParser.ParsedItem;
import io.claimwatch.ingest.validate.ValidArticle;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
 * <p>Validation and normalization run on the caller's thread without any lock; the version check and the write are
 * serialized (one transaction at a time), which makes "read current version, write next one" atomic per instance
 * while one slow, large request never blocks the others' validation.
 */
public final class ArticleIngestor {

    /**
     * Largest serialized {@code Article} written: below Kafka's defaults for the producer's {@code max.request.size}
     * (1,048,576) and the broker's {@code message.max.bytes} (1,048,588), so an accepted article can always be written
     * and a near-limit body is refused with {@code body_too_large} instead of failing every retry with 503.
     */
    public static final int MAX_RECORD_BYTES = 1_000_000;

    /** Outcome of a retraction. */
    public enum Retraction { RETRACTED, ALREADY_RETRACTED, NOT_FOUND }

    private final ArticleValidator validator;
    private final ArticleStateStore store;
    private final ArticleReader reader;
    private final TransactionalWriter writer;
    private final Serializer<Article> articles;
    private final DeadLetters deadLetters;
    private final IngestMetrics metrics;
    private final Clock clock;

    public ArticleIngestor(ArticleValidator validator, ArticleStateStore store, ArticleReader reader,
                           TransactionalWriter writer, Serializer<Article> articles, DeadLetters deadLetters,
                           IngestMetrics metrics, Clock clock) {
        this.validator = validator;
        this.store = store;
        this.reader = reader;
        this.writer = writer;
        this.articles = articles;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Ingests the items of one request or import chunk; {@code channel} is "http" or "import". Validation,
     * normalization and hashing (work proportional to the input) run before the lock; only the version check,
     * record building and the transactional write are serialized.
     */
    public List<ItemResult> ingest(List<ParsedItem> items, String channel) throws WriteUnavailableException {
        Instant now = clock.instant();
        List<Checked> checked = new ArrayList<>(items.size());
        for (ParsedItem item : items) {
            metrics.payloadBytes(DeadLetters.utf8Length(item.raw()));
            checked.add(check(item, now));
        }
        List<ItemResult> results = write(checked, channel, now);
        count(results);
        return results;
    }

    /** One item after validation: the normalized article or the rejection. */
    private record Checked(ParsedItem item, ValidArticle valid, Rejection rejection) {
    }

    private Checked check(ParsedItem item, Instant now) {
        if (item.rejection() != null) {
            return new Checked(item, null, item.rejection());
        }
        try {
            return new Checked(item, validator.validate(item.submission(), now), null);
        } catch (RejectedException e) {
            return new Checked(item, null, e.rejection());
        }
    }

    private synchronized List<ItemResult> write(List<Checked> checked, String channel, Instant now)
            throws WriteUnavailableException {
        Map<String, ArticleState> pending = new HashMap<>();
        List<ItemResult> results = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<String> recordIds = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked c = checked.get(i);
            if (c.rejection() != null) {
                records.add(deadLetters.record(keyFor(c.item()), c.rejection(), c.item().raw(), channel, now));
                recordIds.add(null);
                results.add(new ItemResult(i, null, null, Status.REJECTED, c.rejection()));
                continue;
            }
            ValidArticle valid = c.valid();
            ArticleState current = pending.containsKey(valid.id()) ? pending.get(valid.id())
                    : store.get(valid.id()).orElse(null);
            if (current != null && !current.retracted() && current.contentHash().equals(valid.contentHash())) {
                results.add(new ItemResult(i, valid.id(), current.version(), Status.UNCHANGED, null));
                continue;
            }
            int version = current == null ? 1 : current.version() + 1;
            byte[] value = serialize(toArticle(valid, version, now));
            if (value.length > MAX_RECORD_BYTES) {
                Rejection tooLarge = new Rejection(RejectReason.BODY_TOO_LARGE, "body", "the article record would be "
                        + value.length + " bytes, over the " + MAX_RECORD_BYTES + "-byte record limit; shorten the body");
                records.add(deadLetters.record(keyFor(c.item()), tooLarge, c.item().raw(), channel, now));
                recordIds.add(null);
                results.add(new ItemResult(i, null, null, Status.REJECTED, tooLarge));
                continue;
            }
            pending.put(valid.id(), ArticleState.accepted(version, valid.contentHash(), 0, ArticleState.UNKNOWN_OFFSET));
            records.add(new ProducerRecord<>(Topics.ARTICLES_RAW, valid.id(), value));
            recordIds.add(valid.id());
            results.add(new ItemResult(i, valid.id(), version, version == 1 ? Status.CREATED : Status.UPDATED, null));
        }
        List<RecordMetadata> positions = write(records);
        for (int r = 0; r < positions.size(); r++) {
            String id = recordIds.get(r);
            if (id != null) {
                ArticleState written = pending.get(id);
                RecordMetadata at = positions.get(r);
                // A batch may carry the same id twice: the later record (higher version) wins in apply().
                store.apply(id, ArticleState.accepted(written.version(), written.contentHash(), at.partition(), at.offset()));
            }
        }
        return results;
    }

    /** Dead-letters a request refused as a whole (malformed, too large, wrong content type, ...). */
    public void rejectRequest(Rejection rejection, byte[] payload, long totalBytes, String channel)
            throws WriteUnavailableException {
        metrics.payloadBytes(totalBytes);
        writer.writeAll(List.of(deadLetters.record(null, rejection, payload, totalBytes, channel, clock.instant())));
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

    /** The accepted article as written, read back from the topic; empty when never seen, retracted or unreadable. */
    public Optional<Article> article(String id) {
        return store.get(id).filter(s -> !s.retracted()).flatMap(s -> reader.read(id, s));
    }

    private List<RecordMetadata> write(List<ProducerRecord<String, byte[]>> records) throws WriteUnavailableException {
        Timer.Sample sample = Timer.start();
        List<RecordMetadata> positions = writer.writeAll(records);
        sample.stop(metrics.produceLatency());
        return positions;
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
