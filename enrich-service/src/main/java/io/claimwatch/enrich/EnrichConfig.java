package io.claimwatch.enrich;

import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.resolve.ResolverSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * {@code ENRICH_SOURCES_FILE} (optional, empty by default) is an operator's curated source table in the format of
 * {@link io.claimwatch.extraction.lexicon.SourceDirectory}; without it sources come from the text alone.
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
        Optional<Path> sourcesFile,
        ClaimResolution claims,
        Properties kafka,
        HttpSettings http) {

    /**
     * The claim-resolution knobs: ONNX Runtime threads per embedding call, how many distinct mention texts the
     * embedding cache keeps, the resolver's thresholds and active window, and the weight of a mention's title line or
     * sentence in its vector ({@code MentionVectors}; 0 turns contexts off).
     */
    public record ClaimResolution(int embeddingThreads, int embeddingCacheSize, ResolverSettings resolver,
                                  double contextWeight) {
    }

    public static final List<String> VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "SCHEMA_REGISTRY_URL",
            "ENRICH_APPLICATION_ID", "ENRICH_PORT", "ENRICH_STATE_DIR", "ENRICH_STREAM_THREADS", "ENRICH_CLOSE_TIMEOUT",
            "ENRICH_BIND_ADDRESS", "ENRICH_MANAGEMENT_TOKEN", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO",
            "ENRICH_ARTICLE_BUDGET_MS",
            "ENRICH_EMBEDDING_THREADS", "ENRICH_EMBEDDING_CACHE_SIZE", "ENRICH_EMBEDDING_CONTEXT_WEIGHT",
            "ENRICH_RESOLVER_ASSIGN_THRESHOLD", "ENRICH_RESOLVER_SAME_ARTICLE_THRESHOLD",
            "ENRICH_RESOLVER_MERGE_THRESHOLD", "ENRICH_RESOLVER_ACTIVE_WINDOW", "ENRICH_RESOLVER_REGROUP_LIMIT",
            "ENRICH_SOURCES_FILE");

    private static Path readableFile(String value) {
        Path file = Path.of(value);
        if (!java.nio.file.Files.isReadable(file)) {
            throw new io.claimwatch.platform.config.ConfigException("ENRICH_SOURCES_FILE", "names an unreadable file '" + file + "'");
        }
        return file;
    }

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
                env.find("ENRICH_SOURCES_FILE").map(EnrichConfig::readableFile),
                new ClaimResolution(
                        env.integer("ENRICH_EMBEDDING_THREADS", 1, 1, 64),
                        env.integer("ENRICH_EMBEDDING_CACHE_SIZE", 20_000, 0, 10_000_000),
                        new ResolverSettings(
                                env.decimal("ENRICH_RESOLVER_ASSIGN_THRESHOLD", ResolverSettings.DEFAULT_ASSIGN, -0.99, 0.99),
                                env.decimal("ENRICH_RESOLVER_SAME_ARTICLE_THRESHOLD",
                                        ResolverSettings.DEFAULT_SAME_ARTICLE, -0.99, 1.0),
                                env.decimal("ENRICH_RESOLVER_MERGE_THRESHOLD", ResolverSettings.DEFAULT_MERGE, -0.99, 1.0),
                                env.duration("ENRICH_RESOLVER_ACTIVE_WINDOW", Duration.ofDays(30)),
                                ResolverSettings.defaults().linkage(),
                                env.integer("ENRICH_RESOLVER_REGROUP_LIMIT", ResolverSettings.DEFAULT_REGROUP_LIMIT, 0,
                                        100_000)),
                        env.decimal("ENRICH_EMBEDDING_CONTEXT_WEIGHT", MentionVectors.DEFAULT_CONTEXT_WEIGHT, 0, 10)),
                env.kafkaProperties(),
                HttpSettings.from(env, "ENRICH"));
    }
}
