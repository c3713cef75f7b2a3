package io.claimwatch.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.streams.StreamsDefaults;

/**
 * enrich-service configuration, read from environment variables (see the README's configuration table).
 * {@code KAFKA_*} variables pass through to the Kafka Streams client and override the defaults.
 */
public record EnrichConfig(
        String bootstrapServers,
        String registryUrl,
        String applicationId,
        int httpPort,
        Path stateDir,
        int streamThreads,
        Duration closeTimeout,
        Duration articleBudget,
        Properties kafka) {

    public static final List<String> VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL",
            "ENRICH_APPLICATION_ID", "ENRICH_PORT", "ENRICH_STATE_DIR", "ENRICH_STREAM_THREADS", "ENRICH_CLOSE_TIMEOUT",
            "ENRICH_ARTICLE_BUDGET_MS");

    public static EnrichConfig from(EnvConfig env) {
        return new EnrichConfig(
                env.requiredString("KAFKA_BOOTSTRAP_SERVERS"),
                env.uri("SCHEMA_REGISTRY_URL", null).toString(),
                env.string("ENRICH_APPLICATION_ID", "claimwatch-enrich"),
                env.integer("ENRICH_PORT", 8082, 0, 65535),
                Path.of(env.string("ENRICH_STATE_DIR", StreamsDefaults.defaultStateDir("claimwatch-enrich").toString())),
                env.integer("ENRICH_STREAM_THREADS", 1, 1, 64),
                env.duration("ENRICH_CLOSE_TIMEOUT", Duration.ofSeconds(30)),
                Duration.ofMillis(env.integer("ENRICH_ARTICLE_BUDGET_MS", 2000, 1, 600_000)),
                env.kafkaProperties());
    }
}
