package io.claimwatch.ingest;

import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.testing.KafkaStack;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads a topic the way downstream services do (read_committed, registry deserializer). {@link #mark()} remembers
 * the current end offsets; {@link #since(Map)} returns what is visible after them; the {@code await} variants wait
 * for an expected count.
 */
final class TopicReader<T extends SpecificRecord> implements AutoCloseable {

    private final KafkaConsumer<String, T> consumer;
    private final List<TopicPartition> partitions;

    TopicReader(KafkaStack stack, String topic, Class<T> type) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                AvroSerdes.forValues(stack.registryClient(), type).deserializer());
        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
    }

    Map<TopicPartition, Long> mark() {
        return new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
    }

    List<ConsumerRecord<String, T>> since(Map<TopicPartition, Long> mark) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        List<ConsumerRecord<String, T>> out = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, mark.getOrDefault(tp, 0L));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read to the end offsets " + end);
            }
            for (ConsumerRecord<String, T> record : pollSkippingUndecodable()) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    out.add(record);
                }
            }
        }
        return out;
    }

    /** One poll; a record that cannot be decoded (poison written straight to the topic by a test) is stepped over. */
    private Iterable<ConsumerRecord<String, T>> pollSkippingUndecodable() {
        try {
            return consumer.poll(Duration.ofMillis(200));
        } catch (RecordDeserializationException e) {
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return List.of();
        }
    }

    /**
     * Waits until exactly {@code count} records were committed after {@code mark}. Needed because a transaction's
     * commit is acknowledged before the broker has written the commit markers that make it visible to
     * read_committed readers.
     */
    List<ConsumerRecord<String, T>> awaitSince(Map<TopicPartition, Long> mark, int count) {
        List<List<ConsumerRecord<String, T>>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    seen.clear();
                    seen.add(since(mark));
                    assertThat(seen.getFirst()).hasSize(count);
                });
        return seen.getFirst();
    }

    /** Waits until exactly {@code count} records with this key are visible; see {@link #awaitSince}. */
    List<ConsumerRecord<String, T>> awaitForKey(String key, int count) {
        List<List<ConsumerRecord<String, T>>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    seen.clear();
                    seen.add(forKey(key));
                    assertThat(seen.getFirst()).hasSize(count);
                });
        return seen.getFirst();
    }

    List<ConsumerRecord<String, T>> all() {
        return since(Map.of());
    }

    List<ConsumerRecord<String, T>> forKey(String key) {
        return all().stream().filter(r -> key.equals(r.key())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
