package io.claimwatch.ingest;

import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.http.HttpSettings;
import io.claimwatch.platform.registry.RegistryUrl;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Everything ingest-service reads from the environment. Variables (defaults in brackets):
 * {@code KAFKA_BOOTSTRAP_SERVERS} [localhost:9092], {@code SCHEMA_REGISTRY_URL} [http://localhost:8085/apis/ccompat/v7],
 * {@code INGEST_PORT} [8081], {@code INGEST_BIND_ADDRESS} [127.0.0.1], {@code INGEST_MANAGEMENT_TOKEN} [none:
 * management routes for loopback clients only], {@code INGEST_API_TOKENS} [required unless {@code INGEST_AUTH=disabled}],
 * {@code INGEST_AUTH} [tokens; {@code disabled} turns authentication off, explicitly], {@code INGEST_MAX_BODY_BYTES}
 * [1 MiB, per article body], {@code INGEST_MAX_REQUEST_BYTES} [8 MiB, per HTTP request], {@code INGEST_MAX_BATCH_ITEMS}
 * [1000], {@code INGEST_MAX_FUTURE_SKEW} [24h], {@code INGEST_WRITE_TIMEOUT} [10s: bound for the broker/registry to take
 * a write before 503], {@code INGEST_RETRY_AFTER_SECONDS} [5], {@code INGEST_REJECTED_PAYLOAD_MAX_BYTES} [64 KiB of the
 * raw payload kept in a dead letter], {@code INGEST_TRANSACTIONAL_ID} [ingest-&lt;random&gt;; set a stable value per
 * instance to fence zombie instances after restarts], {@code INGEST_TOPIC_PARTITIONS} [3, used only when topics are
 * created], {@code INGEST_CREATE_TOPICS} [true]; plus every {@code KAFKA_*} as a client property.
 */
public record IngestConfig(String bootstrapServers, String registryUrl, int httpPort, HttpSettings http,
                           AuthMode auth, List<String> apiTokens,
                           long maxBodyBytes, long maxRequestBytes, int maxBatchItems, Duration maxFutureSkew,
                           Duration writeTimeout, int retryAfterSeconds, int rejectedPayloadMaxBytes,
                           String transactionalId, int topicPartitions, boolean createTopics,
                           Properties kafkaProperties) {

    public static final int DEFAULT_PORT = 8081;

    /** Whether requests need a bearer token: the default, or explicitly {@code INGEST_AUTH=disabled}. */
    public enum AuthMode { TOKENS, DISABLED }

    /** Every variable this service reads besides the {@code KAFKA_*} pass-through (for start-up logs and checks). */
    public static final List<String> VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL",
            "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "INGEST_PORT", "INGEST_BIND_ADDRESS", "INGEST_MANAGEMENT_TOKEN",
            "INGEST_AUTH", "INGEST_API_TOKENS", "INGEST_MAX_BODY_BYTES", "INGEST_MAX_REQUEST_BYTES", "INGEST_MAX_BATCH_ITEMS",
            "INGEST_MAX_FUTURE_SKEW", "INGEST_WRITE_TIMEOUT", "INGEST_RETRY_AFTER_SECONDS",
            "INGEST_REJECTED_PAYLOAD_MAX_BYTES", "INGEST_TRANSACTIONAL_ID", "INGEST_TOPIC_PARTITIONS",
            "INGEST_CREATE_TOPICS");

    public static IngestConfig from(EnvConfig env) {
        return new IngestConfig(
                env.string("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                RegistryUrl.from(env, "http://localhost:8085/apis/ccompat/v7"),
                env.integer("INGEST_PORT", DEFAULT_PORT, 0, 65_535),
                HttpSettings.from(env, "INGEST"),
                authMode(env),
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

    /**
     * Tokens unless {@code INGEST_AUTH=disabled}; with tokens, {@code INGEST_API_TOKENS} must name at least one, so
     * a forgotten variable never leaves the write API open.
     */
    private static AuthMode authMode(EnvConfig env) {
        String value = env.string("INGEST_AUTH", "tokens").strip().toLowerCase(java.util.Locale.ROOT);
        AuthMode mode = switch (value) {
            case "tokens" -> AuthMode.TOKENS;
            case "disabled" -> AuthMode.DISABLED;
            default -> throw new ConfigException("INGEST_AUTH", "must be tokens or disabled, got '" + value + "'");
        };
        if (mode == AuthMode.TOKENS && env.list("INGEST_API_TOKENS").isEmpty()) {
            throw new ConfigException("INGEST_API_TOKENS",
                    "is required: set bearer tokens (comma-separated), or INGEST_AUTH=disabled to run without authentication");
        }
        return mode;
    }

    public boolean authEnabled() {
        return auth == AuthMode.TOKENS;
    }
}
