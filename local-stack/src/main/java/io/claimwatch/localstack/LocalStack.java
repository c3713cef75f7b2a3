package io.claimwatch.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.claimwatch.aggregate.AggregateConfig;
import io.claimwatch.aggregate.AggregateService;
import io.claimwatch.enrich.EnrichConfig;
import io.claimwatch.enrich.EnrichService;
import io.claimwatch.ingest.IngestConfig;
import io.claimwatch.ingest.IngestService;
import io.claimwatch.localstack.processes.ProcessSupervisor;
import io.claimwatch.localstack.processes.ServiceKind;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.lifecycle.ShutdownSequence;
import io.claimwatch.platform.testing.Directories;
import io.claimwatch.platform.testing.EmbeddedKafka;
import io.claimwatch.platform.testing.LocalRegistry;
import io.claimwatch.platform.testing.RegistryProxy;
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
    private final Optional<RegistryProxy> registryProxy;
    private final ShutdownSequence shutdown;
    private final IngestService.Running ingest;
    private final ProcessSupervisor supervisor;
    private final Path stateDir;
    private final Duration startupTime;

    private LocalStack(Started started, IngestService.Running ingest, ProcessSupervisor supervisor, Duration startupTime) {
        this.ports = started.ports();
        this.kafka = started.kafka();
        this.registry = started.registry();
        this.registryProxy = started.proxy();
        this.shutdown = started.shutdown();
        this.stateDir = started.stateDir();
        this.ingest = ingest;
        this.supervisor = supervisor;
        this.startupTime = startupTime;
    }

    /** Broker, registry (and the registry proxy, if any) and topics up; services not yet. */
    private record Started(StackPorts ports, EmbeddedKafka kafka, LocalRegistry registry, Optional<RegistryProxy> proxy,
                           ShutdownSequence shutdown, Path stateDir, StackEnvironment env, AtomicBoolean baseQueued) {
    }

    /** Starts everything; fails fast (and stops what was started) on a busy port or a component that will not start. */
    public static LocalStack start(StackPorts ports, int partitions) {
        return startInProcess(ports, partitions, Set.of());
    }

    /**
     * {@link #start} with the given services reaching the registry through a {@link RegistryProxy}
     * ({@link #registryProxy()}) that a test can cut and restore, as when the registry is down for them.
     */
    public static LocalStack startWithRegistryProxy(StackPorts ports, int partitions, Set<ServiceKind> viaProxy) {
        if (viaProxy.isEmpty()) {
            throw new IllegalArgumentException("name the services that reach the registry through the proxy");
        }
        return startInProcess(ports, partitions, viaProxy);
    }

    private static LocalStack startInProcess(StackPorts ports, int partitions, Set<ServiceKind> viaProxy) {
        long started = System.nanoTime();
        Started base = startBrokerAndRegistry(ports, partitions, viaProxy);
        try {
            // Closed in reverse start order: services before the registry and broker they need.
            AggregateService.Running aggregate = AggregateService.start(AggregateConfig.from(config(base, ServiceKind.AGGREGATE)));
            EnrichService enrich = EnrichService.start(EnrichConfig.from(config(base, ServiceKind.ENRICH)));
            IngestService.Running ingest = IngestService.start(IngestConfig.from(config(base, ServiceKind.INGEST)));
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

    private static EnvConfig config(Started base, ServiceKind kind) {
        return EnvConfig.of(base.env().forService(kind));
    }

    /**
     * Broker and registry in this JVM, ingest, enrich and aggregate each as a child JVM, restarted when it dies;
     * {@code pidFile} (optional) holds their current pids. Child logs go to the state directory's {@code logs/}.
     */
    public static LocalStack startWithChildProcesses(StackPorts ports, int partitions, Path pidFile) {
        long started = System.nanoTime();
        Started base = startBrokerAndRegistry(ports, partitions, Set.of());
        try {
            Map<ServiceKind, Map<String, String>> environments = new EnumMap<>(ServiceKind.class);
            for (ServiceKind kind : ServiceKind.values()) {
                Map<String, String> env = base.env().forService(kind);
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

    private static Started startBrokerAndRegistry(StackPorts ports, int partitions, Set<ServiceKind> viaProxy) {
        ports.requireFree();
        Path stateDir = StackEnvironment.createStateDir();
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
            Optional<RegistryProxy> proxy;
            try {
                registry = registryStart.join();
                kafka.createTopics(Topics.specs(partitions));
                proxy = viaProxy.isEmpty() ? Optional.empty()
                        : Optional.of(new RegistryProxy(registry.url(), Optional.empty()));
            } catch (RuntimeException e) {
                kafka.close();
                registryStart.thenAccept(LocalRegistry::close);
                throw e;
            }
            StackEnvironment env = StackEnvironment.of(ports, partitions, kafka.bootstrapServers(), registry.url(), stateDir);
            if (proxy.isPresent()) {
                env = env.withRegistryProxy(proxy.get().url(registry.url()), viaProxy);
            }
            return new Started(ports, kafka, registry, proxy, shutdown, stateDir, env, new AtomicBoolean());
        } catch (RuntimeException e) {
            shutdown.close();
            Directories.deleteRecursively(stateDir);
            throw e;
        }
    }

    /** Registry proxy, registry, broker and state directory go after whatever services were added to the sequence (once). */
    private static void closeBaseAfterServices(Started base) {
        if (!base.baseQueued().compareAndSet(false, true)) {
            return;
        }
        base.proxy().ifPresent(proxy -> base.shutdown().then("registry proxy", proxy));
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

    /** The embedded broker, for tests that stop and restart it ({@link EmbeddedKafka#restart()} keeps its data). */
    public EmbeddedKafka broker() {
        return kafka;
    }

    /** The proxy in front of the registry when started with {@link #startWithRegistryProxy}. */
    public Optional<RegistryProxy> registryProxy() {
        return registryProxy;
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
}
