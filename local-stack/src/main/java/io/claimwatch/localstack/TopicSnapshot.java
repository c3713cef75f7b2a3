package io.claimwatch.localstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.serde.AvroDeserializer;

/**
 * Reads a topic from the beginning into its latest value per identity (the record key unless an identity function
 * is given; a tombstone removes its key), and keeps reading on each {@link #catchUp()}. Reads only committed
 * records, as a dashboard would.
 */
final class TopicSnapshot<V extends SpecificRecord> implements AutoCloseable {
    private final KafkaConsumer<String, V> consumer;
    private final Map<String, V> latest = new TreeMap<>();
    private final List<TopicPartition> partitions;

    private final Function<V, String> identity;

    TopicSnapshot(String bootstrapServers, String registryUrl, String topic, Class<V> type) {
        this(bootstrapServers, registryUrl, topic, type, null);
    }

    TopicSnapshot(String bootstrapServers, String registryUrl, String topic, Class<V> type, Function<V, String> identity) {
        this.identity = identity;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "claimwatch-cli-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new AvroDeserializer<>(new HttpSchemaRegistryClient(registryUrl), type));
        this.partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads up to the current end of every partition. */
    Map<String, V> catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.value() == null) {
                    latest.remove(record.key());
                } else {
                    latest.put(identity == null ? record.key() : identity.apply(record.value()), record.value());
                }
            }
        }
        return latest;
    }

    Map<String, V> snapshot() {
        return new HashMap<>(latest);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
