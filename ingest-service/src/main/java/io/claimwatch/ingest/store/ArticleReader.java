package io.claimwatch.ingest.store;

import io.claimwatch.schemas.Article;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads one accepted article back from {@code news.articles.raw} at the position its {@link ArticleState} names,
 * so that ingest-service can answer {@code GET /articles/{id}} without keeping bodies in memory. One consumer,
 * assigned and seeked per call (calls are serialized: reads are rare, writes never wait for them).
 */
public final class ArticleReader implements AutoCloseable {

    private final Consumer<String, Article> consumer;
    private final String topic;
    private final Duration timeout;

    public ArticleReader(Consumer<String, Article> consumer, String topic, Duration timeout) {
        this.consumer = consumer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** The article at the state's position, or empty when the record is gone (compacted, retracted) or not read in time. */
    public synchronized Optional<Article> read(String id, ArticleState state) {
        TopicPartition tp = new TopicPartition(topic, state.partition());
        consumer.assign(List.of(tp));
        consumer.seek(tp, state.offset());
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(100)).records(tp)) {
                if (record.offset() >= state.offset()) {
                    return record.offset() == state.offset() && id.equals(record.key())
                            ? Optional.ofNullable(record.value()) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
}
