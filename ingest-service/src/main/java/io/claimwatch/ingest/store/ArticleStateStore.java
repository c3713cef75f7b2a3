package io.claimwatch.ingest.store;

import io.claimwatch.schemas.Article;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
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
 * Per-id state (version, content hash, accepted article) backed by the {@code news.articles.raw} topic itself.
 *
 * <p>The topic is the truth: at start the store reads every partition from the beginning up to the end offsets
 * (read_committed, so aborted batches never count) before the service takes requests, then keeps tailing the topic
 * on its own thread so that writes by other instances become visible. Writes by this instance are applied as soon
 * as the broker acknowledged them. Applying is monotone in the version, so replays and the tail never move an id
 * backwards. The whole state lives in memory (about the size of the accepted articles); an instance with many
 * millions of articles would need a persistent store instead.
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
            consumer.poll(Duration.ofMillis(200)).forEach(this::applyRecord);
        }
        LOG.info("Article state rebuilt from {}: {} ids", topic, states.size());
        running = true;
        tail = Thread.ofPlatform().name("ingest-state-tail").daemon().start(this::tailLoop);
        return this;
    }

    private void tailLoop() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::applyRecord);
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("Article state tail stopped; state only reflects this instance's writes from now on", e);
        }
    }

    private void applyRecord(ConsumerRecord<String, Article> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            applyRetraction(record.key());
        } else {
            apply(record.value());
        }
    }

    /** Records an acknowledged article version (monotone: older versions are ignored). */
    public void apply(Article article) {
        states.merge(article.getId(), ArticleState.of(article),
                (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
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
