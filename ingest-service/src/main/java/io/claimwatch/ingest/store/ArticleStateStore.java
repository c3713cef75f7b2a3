package io.claimwatch.ingest.store;

import io.claimwatch.platform.serde.RegistryUnavailableException;
import io.claimwatch.schemas.Article;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-id state (version, content hash, record position; see {@link ArticleState}) backed by the
 * {@code news.articles.raw} topic itself.
 *
 * <p>The topic is the truth: at start the store reads every partition from the beginning up to the end offsets
 * (read_committed, so aborted batches never count) before the service takes requests, then keeps tailing the topic
 * on its own thread so that writes by other instances become visible. Writes by this instance are applied as soon
 * as the broker acknowledged them. Applying is monotone in the version, so replays and the tail never move an id
 * backwards. Only hashes, versions and offsets are kept, never bodies.
 *
 * <p>A record that cannot be decoded (wrong magic byte, unknown schema id, corrupt Avro) is skipped with a WARN
 * naming topic, partition and offset, so one bad record never stops ingest from starting or tailing. A record whose
 * schema cannot be fetched because the registry is down is different: start-up fails (and is retried by whoever
 * restarts the service) rather than skip a good record.
 *
 * <p>Known window: two instances accepting a change to the same id within the tail lag can both write the same next
 * version. Consumers treat the latest record per key as current, so the outcome is still the last content sent.
 */
public final class ArticleStateStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleStateStore.class);

    private final Map<String, ArticleState> states = new ConcurrentHashMap<>();
    private final Consumer<String, Article> consumer;
    private final String topic;
    private Thread tail;
    private volatile boolean running;

    public ArticleStateStore(Consumer<String, Article> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** Reads the topic up to its current end, then starts tailing it. Blocks until caught up or {@code timeout}. */
    public ArticleStateStore start(Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Instant deadline = Instant.now().plus(timeout);
        while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
            }
            pollOnce(Duration.ofMillis(200));
        }
        LOG.info("Article state rebuilt from {}: {} ids", topic, states.size());
        running = true;
        tail = Thread.ofPlatform().name("ingest-state-tail").daemon().start(this::tailLoop);
        return this;
    }

    private void tailLoop() {
        try {
            while (running) {
                pollOnce(Duration.ofMillis(500));
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("Article state tail stopped; state only reflects this instance's writes from now on", e);
        }
    }

    private void pollOnce(Duration timeout) {
        try {
            consumer.poll(timeout).forEach(this::applyRecord);
        } catch (RecordDeserializationException e) {
            if (RegistryUnavailableException.isCause(e)) {
                throw e;
            }
            LOG.warn("Skipping undecodable record in {} partition {} offset {}: {}", e.topicPartition().topic(),
                    e.topicPartition().partition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    private void applyRecord(ConsumerRecord<String, Article> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            applyRetraction(record.key());
        } else {
            Article a = record.value();
            apply(a.getId(), ArticleState.accepted(a.getVersion(), a.getContentHash(), record.partition(), record.offset()));
        }
    }

    /** Records an acknowledged article version (monotone: older versions are ignored). */
    public void apply(String id, ArticleState state) {
        states.merge(id, state, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /** Records an acknowledged retraction. */
    public void applyRetraction(String id) {
        states.computeIfPresent(id, (key, old) -> old.retract());
    }

    public Optional<ArticleState> get(String id) {
        return Optional.ofNullable(states.get(id));
    }

    public int size() {
        return states.size();
    }

    @Override
    public void close() {
        running = false;
        if (tail != null) {
            consumer.wakeup();
            try {
                tail.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
}
