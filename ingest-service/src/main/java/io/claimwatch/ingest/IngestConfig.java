package io.claimwatch.ingest;

import io.claimwatch.platform.config.EnvConfig;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Everything ingest-service reads from the environment. Variables (defaults in brackets):
 * {@code KAFKA_BOOTSTRAP_SERVERS} [localhost:9092], {@code SCHEMA_REGISTRY_URL} [http://localhost:8085/apis/ccompat/v7],
 * {@code INGEST_PORT} [8081], {@code INGEST_API_TOKENS} [none: auth off], {@code INGEST_MAX_BODY_BYTES}
 * [1 MiB, per article body], {@code INGEST_MAX_REQUEST_BYTES} [8 MiB, per HTTP request], {@code INGEST_MAX_BATCH_ITEMS}
 * [1000], {@code INGEST_MAX_FUTURE_SKEW} [24h], {@code INGEST_WRITE_TIMEOUT} [10s: bound for the broker/registry to take
 * a write before 503], {@code INGEST_RETRY_AFTER_SECONDS} [5], {@code INGEST_REJECTED_PAYLOAD_MAX_BYTES} [64 KiB of the
 * raw payload kept in a dead letter], {@code INGEST_TRANSACTIONAL_ID} [ingest-&lt;random&gt;; set a stable value per
 * instance to fence zombie instances after restarts], {@code INGEST_TOPIC_PARTITIONS} [3, used only when topics are
 * created], {@code INGEST_CREATE_TOPICS} [true]; plus every {@code KAFKA_*} as a client property.
 */
public record IngestConfig(String bootstrapServers, String registryUrl, int httpPort, List<String> apiTokens,
                           long maxBodyBytes, long maxRequestBytes, int maxBatchItems, Duration maxFutureSkew,
                           Duration writeTimeout, int retryAfterSeconds, int rejectedPayloadMaxBytes,
                           String transactionalId, int topicPartitions, boolean createTopics,
                           Properties kafkaProperties) {

    public static final int DEFAULT_PORT = 8081;

    /** Every variable this service reads besides the {@code KAFKA_*} pass-through (for start-up logs and checks). */
    public static final List<String> VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL", "INGEST_PORT",
            "INGEST_API_TOKENS", "INGEST_MAX_BODY_BYTES", "INGEST_MAX_REQUEST_BYTES", "INGEST_MAX_BATCH_ITEMS",
            "INGEST_MAX_FUTURE_SKEW", "INGEST_WRITE_TIMEOUT", "INGEST_RETRY_AFTER_SECONDS",
            "INGEST_REJECTED_PAYLOAD_MAX_BYTES", "INGEST_TRANSACTIONAL_ID", "INGEST_TOPIC_PARTITIONS",
            "INGEST_CREATE_TOPICS");

    public static IngestConfig from(EnvConfig env) {
        return new IngestConfig(
                env.string("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                env.string("SCHEMA_REGISTRY_URL", "http://localhost:8085/apis/ccompat/v7"),
                env.integer("INGEST_PORT", DEFAULT_PORT, 0, 65_535),
                env.list("INGEST_API_TOKENS"),
                env.integer("INGEST_MAX_BODY_BYTES", 1 << 20, 1, Integer.MAX_VALUE),
                env.integer("INGEST_MAX_REQUEST_BYTES", 8 << 20, 1, Integer.MAX_VALUE),
                env.integer("INGEST_MAX_BATCH_ITEMS", 1_000, 1, 100_000),
                env.duration("INGEST_MAX_FUTURE_SKEW", Duration.ofHours(24)),
                env.duration("INGEST_WRITE_TIMEOUT", Duration.ofSeconds(10)),
                env.integer("INGEST_RETRY_AFTER_SECONDS", 5, 1, 3_600),
                env.integer("INGEST_REJECTED_PAYLOAD_MAX_BYTES", 64 << 10, 256, 16 << 20),
                env.string("INGEST_TRANSACTIONAL_ID", "ingest-" + UUID.randomUUID()),
                env.integer("INGEST_TOPIC_PARTITIONS", 3, 1, 1_000),
                env.bool("INGEST_CREATE_TOPICS", true),
                env.kafkaProperties());
    }

    public boolean authEnabled() {
        return !apiTokens.isEmpty();
    }
}
