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
import io.claimwatch.localstack.processes.ProcessSupervisor;
import io.claimwatch.localstack.processes.ServiceKind;
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
 * {@link #close()} stops services first (HTTP, then streams), then the registry and the broker. With
 * {@link #startWithChildProcesses}, broker and registry stay in this JVM and the three services run as child JVMs
 * under a {@link ProcessSupervisor} (restarted when they die, ended with this JVM).
 */
public final class LocalStack implements AutoCloseable {
    public static final String ENRICH_APPLICATION_ID = "claimwatch-enrich";
    public static final String AGGREGATE_APPLICATION_ID = "claimwatch-aggregate";

    private final StackPorts ports;
    private final EmbeddedKafka kafka;
    private final LocalRegistry registry;
    private final ShutdownSequence shutdown;
    private final IngestService.Running ingest;
    private final ProcessSupervisor supervisor;
    private final Path stateDir;
    private final Duration startupTime;

    private LocalStack(Started started, IngestService.Running ingest, ProcessSupervisor supervisor, Duration startupTime) {
        this.ports = started.ports();
        this.kafka = started.kafka();
        this.registry = started.registry();
        this.shutdown = started.shutdown();
        this.stateDir = started.stateDir();
        this.ingest = ingest;
        this.supervisor = supervisor;
        this.startupTime = startupTime;
    }

    /** Broker, registry and topics up; services not yet. */
    private record Started(StackPorts ports, EmbeddedKafka kafka, LocalRegistry registry, ShutdownSequence shutdown,
                           Path stateDir, Map<String, String> env, java.util.concurrent.atomic.AtomicBoolean baseQueued) {
    }

    /** Starts everything; fails fast (and stops what was started) on a busy port or a component that will not start. */
    public static LocalStack start(StackPorts ports, int partitions) {
        long started = System.nanoTime();
        Started base = startBrokerAndRegistry(ports, partitions);
        try {
            EnvConfig config = EnvConfig.of(base.env());
            // Closed in reverse start order: services before the registry and broker they need.
            AggregateService.Running aggregate = AggregateService.start(AggregateConfig.from(config));
            EnrichService enrich = EnrichService.start(EnrichConfig.from(config));
            IngestService.Running ingest = IngestService.start(IngestConfig.from(config));
            base.shutdown().then("ingest-service", ingest).then("enrich-service", enrich).then("aggregate-service", aggregate);
            closeBaseAfterServices(base);
            ReadinessWait.until(ports, Duration.ofSeconds(120));
            return new LocalStack(base, ingest, null, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            closeBaseAfterServices(base);
            base.shutdown().close();
            throw e;
        }
    }

    /**
     * Broker and registry in this JVM, ingest, enrich and aggregate each as a child JVM, restarted when it dies;
     * {@code pidFile} (optional) holds their current pids. Child logs go to the state directory's {@code logs/}.
     */
    public static LocalStack startWithChildProcesses(StackPorts ports, int partitions, Path pidFile) {
        long started = System.nanoTime();
        Started base = startBrokerAndRegistry(ports, partitions);
        try {
            Map<ServiceKind, Map<String, String>> environments = new java.util.EnumMap<>(ServiceKind.class);
            for (ServiceKind kind : ServiceKind.values()) {
                Map<String, String> env = new HashMap<>(base.env());
                // Static membership: a restarted Streams child takes its predecessor's place in the group at once
                // instead of waiting for the dead member's session to time out.
                if (kind != ServiceKind.INGEST) {
                    env.put("KAFKA_GROUP_INSTANCE_ID", "claimwatch-" + kind.key());
                }
                env.put("LOG_LEVEL", System.getenv().getOrDefault("LOG_LEVEL", "INFO"));
                environments.put(kind, env);
            }
            ProcessSupervisor supervisor = ProcessSupervisor.start(environments, base.stateDir().resolve("logs"), pidFile);
            base.shutdown().then("service processes", supervisor);
            closeBaseAfterServices(base);
            ReadinessWait.until(ports, Duration.ofSeconds(180));
            return new LocalStack(base, null, supervisor, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            closeBaseAfterServices(base);
            base.shutdown().close();
            throw e;
        }
    }

    private static Started startBrokerAndRegistry(StackPorts ports, int partitions) {
        ports.requireFree();
        Path stateDir = createStateDir();
        ShutdownSequence shutdown = new ShutdownSequence("claimwatch");
        try {
            CompletableFuture<LocalRegistry> registryStart =
                    CompletableFuture.supplyAsync(() -> LocalRegistry.start(ports.registry(), Duration.ofSeconds(120)));
            EmbeddedKafka kafka;
            try {
                kafka = EmbeddedKafka.start(ports.kafka(), new Properties());
            } catch (RuntimeException e) {
                registryStart.thenAccept(LocalRegistry::close);
                throw e;
            }
            LocalRegistry registry;
            try {
                registry = registryStart.join();
                kafka.createTopics(Topics.specs(partitions));
            } catch (RuntimeException e) {
                kafka.close();
                registryStart.thenAccept(LocalRegistry::close);
                throw e;
            }
            return new Started(ports, kafka, registry, shutdown, stateDir, environment(ports, partitions, kafka, registry, stateDir),
                    new java.util.concurrent.atomic.AtomicBoolean());
        } catch (RuntimeException e) {
            shutdown.close();
            Directories.deleteRecursively(stateDir);
            throw e;
        }
    }

    /** The services' environment, as their {@code Main}s would read it. */
    private static Map<String, String> environment(StackPorts ports, int partitions, EmbeddedKafka kafka,
                                                   LocalRegistry registry, Path stateDir) {
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
        return env;
    }

    /** Registry, broker and state directory go after whatever services were added to the sequence (once). */
    private static void closeBaseAfterServices(Started base) {
        if (!base.baseQueued().compareAndSet(false, true)) {
            return;
        }
        base.shutdown().then("schema registry", base.registry()).then("Kafka broker", base.kafka())
                .then("state directory", () -> Directories.deleteRecursively(base.stateDir()));
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

    /** The in-process ingest service; null when the services run as child processes. */
    public IngestService.Running ingest() {
        return ingest;
    }

    /** The child-process supervisor; null when the services run in this JVM. */
    public ProcessSupervisor supervisor() {
        return supervisor;
    }

    public Path stateDir() {
        return stateDir;
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
            // Outside the OS temp directory (Kafka Streams warns about state there); removed when the stack stops.
            Path base = Path.of(System.getProperty("user.home"), ".claimwatch", "local-stack");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "state-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory", e);
        }
    }
}
