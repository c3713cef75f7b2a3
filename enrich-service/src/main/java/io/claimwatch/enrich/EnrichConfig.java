package io.claimwatch.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.http.HttpSettings;
import io.claimwatch.platform.registry.RegistryUrl;
import io.claimwatch.platform.streams.StreamsDefaults;

/**
 * enrich-service configuration, read from environment variables (see the README's configuration table).
 * {@code KAFKA_*} variables pass through to the Kafka Streams client and override the defaults. HTTP binds
 * {@code ENRICH_BIND_ADDRESS} (127.0.0.1); {@code ENRICH_MANAGEMENT_TOKEN} guards {@code /metrics}; the state dir
 * defaults to {@code state/enrich} under the working directory (not the OS temp dir).
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
        Properties kafka,
        HttpSettings http) {

    public static final List<String> VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL",
            "ENRICH_APPLICATION_ID", "ENRICH_PORT", "ENRICH_STATE_DIR", "ENRICH_STREAM_THREADS", "ENRICH_CLOSE_TIMEOUT",
            "ENRICH_BIND_ADDRESS", "ENRICH_MANAGEMENT_TOKEN", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO",
            "ENRICH_ARTICLE_BUDGET_MS");

    public static EnrichConfig from(EnvConfig env) {
        return new EnrichConfig(
                env.requiredString("KAFKA_BOOTSTRAP_SERVERS"),
                RegistryUrl.from(env, env.uri("SCHEMA_REGISTRY_URL", null).toString()),
                env.string("ENRICH_APPLICATION_ID", "claimwatch-enrich"),
                env.integer("ENRICH_PORT", 8082, 0, 65535),
                Path.of(env.string("ENRICH_STATE_DIR", StreamsDefaults.defaultStateDir("claimwatch-enrich").toString())),
                env.integer("ENRICH_STREAM_THREADS", 1, 1, 64),
                env.duration("ENRICH_CLOSE_TIMEOUT", Duration.ofSeconds(30)),
                Duration.ofMillis(env.integer("ENRICH_ARTICLE_BUDGET_MS", 2000, 1, 600_000)),
                env.kafkaProperties(),
                HttpSettings.from(env, "ENRICH"));
    }
}
