package io.claimwatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;


import io.claimwatch.aggregate.AggregateConfig;
import io.claimwatch.aggregate.AggregateService;
import io.claimwatch.enrich.EnrichConfig;
import io.claimwatch.enrich.EnrichService;
import io.claimwatch.ingest.IngestConfig;
import io.claimwatch.ingest.IngestService;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.http.HttpSettings;
import io.claimwatch.platform.lifecycle.ShutdownSequence;
import io.claimwatch.platform.testing.Directories;
import io.claimwatch.platform.testing.EmbeddedKafka;
import io.claimwatch.platform.testing.LocalRegistry;
import io.claimwatch.platform.topics.Topics;

/**
 * The whole of ClaimWatch in one JVM: an embedded KRaft broker, the Apicurio registry as a child process, the
 * topics, and the three services started through their own in-process entry points with configuration built the
 * same way their {@code Main}s build it from the environment. State lives in a fresh temporary directory.
 * {@link #close()} stops services first (HTTP, then streams), then the registry and the broker.
 */
public final class LocalStack implements AutoCloseable {
    public static final String ENRICH_APPLICATION_ID = "claimwatch-enrich";
    public static final String AGGREGATE_APPLICATION_ID = "claimwatch-aggregate";

    private final StackPorts ports;
    private final EmbeddedKafka kafka;
    private final LocalRegistry registry;
    private final ShutdownSequence shutdown;
    private final IngestService.Running ingest;
    private final Duration startupTime;

    private LocalStack(StackPorts ports, EmbeddedKafka kafka, LocalRegistry registry, ShutdownSequence shutdown,
                       IngestService.Running ingest, Duration startupTime) {
        this.ports = ports;
        this.kafka = kafka;
        this.registry = registry;
        this.shutdown = shutdown;
        this.ingest = ingest;
        this.startupTime = startupTime;
    }

    /** Starts everything; fails fast (and stops what was started) on a busy port or a component that will not start. */
    public static LocalStack start(StackPorts ports, int partitions) {
        long started = System.nanoTime();
        ports.requireFree();
        Path stateDir = createStateDir();
        ShutdownSequence shutdown = new ShutdownSequence("claimwatch");
        try {
            CompletableFuture<LocalRegistry> registryStart =
                    CompletableFuture.supplyAsync(() -> LocalRegistry.start(ports.registry(), Duration.ofSeconds(120)));
            EmbeddedKafka kafka = EmbeddedKafka.start(ports.kafka(), new Properties());
            LocalRegistry registry = registryStart.join();
            kafka.createTopics(Topics.specs(partitions));

            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("SCHEMA_REGISTRY_URL", registry.url());
            env.put("INGEST_PORT", String.valueOf(ports.ingest()));
            // The local stack is for one person on one machine: loopback only, no ingest tokens (UpCommand says so).
            env.put("INGEST_AUTH", "disabled");
            env.put("INGEST_BIND_ADDRESS", HttpSettings.LOOPBACK);
            env.put("ENRICH_BIND_ADDRESS", HttpSettings.LOOPBACK);
            env.put("AGGREGATE_BIND_ADDRESS", HttpSettings.LOOPBACK);
            env.put("INGEST_TOPIC_PARTITIONS", String.valueOf(partitions));
            env.put("ENRICH_PORT", String.valueOf(ports.enrich()));
            env.put("ENRICH_APPLICATION_ID", ENRICH_APPLICATION_ID);
            env.put("ENRICH_STATE_DIR", stateDir.resolve("enrich").toString());
            env.put("AGGREGATE_PORT", String.valueOf(ports.aggregate()));
            env.put("AGGREGATE_APPLICATION_ID", AGGREGATE_APPLICATION_ID);
            env.put("AGGREGATE_APPLICATION_SERVER", "localhost:" + ports.aggregate());
            env.put("AGGREGATE_STATE_DIR", stateDir.resolve("aggregate").toString());
            EnvConfig config = EnvConfig.of(env);

            // Closed in reverse start order: services before the registry and broker they need.
            AggregateService.Running aggregate = AggregateService.start(AggregateConfig.from(config));
            EnrichService enrich = EnrichService.start(EnrichConfig.from(config));
            IngestService.Running ingest = IngestService.start(IngestConfig.from(config));
            shutdown.then("ingest-service", ingest).then("enrich-service", enrich).then("aggregate-service", aggregate)
                    .then("schema registry", registry).then("Kafka broker", kafka)
                    .then("state directory", () -> Directories.deleteRecursively(stateDir));
            ReadinessWait.until(ports, Duration.ofSeconds(120));
            return new LocalStack(ports, kafka, registry, shutdown, ingest, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            shutdown.close();
            throw e;
        }
    }

    public StackPorts ports() {
        return ports;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    public IngestService.Running ingest() {
        return ingest;
    }

    public Duration startupTime() {
        return startupTime;
    }

    public ShutdownSequence shutdown() {
        return shutdown;
    }

    @Override
    public void close() {
        shutdown.close();
    }

    /**
     * A fresh state directory under {@code .claimwatch/state} of the working directory (not the OS temp dir, which
     * the OS may clean under a running Streams app; Kafka Streams warns about it), deleted at shutdown.
     */
    private static Path createStateDir() {
        try {
            Path parent = Files.createDirectories(Path.of(".claimwatch", "state").toAbsolutePath());
            return Files.createTempDirectory(parent, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory", e);
        }
    }
}
