package io.claimwatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimwatch.localstack.processes.ServiceKind;
import io.claimwatch.platform.http.HttpSettings;

/**
 * The services' environment in a local stack, as their {@code Main}s would read it: broker and registry addresses,
 * ports, application ids and state directories. Tuning variables of the stack's own environment with a service
 * prefix ({@code INGEST_}, {@code ENRICH_}, {@code AGGREGATE_}, {@code KAFKA_}, e.g. {@code ENRICH_STREAM_THREADS})
 * pass through; the stack's own settings above win over them. The services in {@code viaRegistryProxy} are given
 * the proxy's registry URL instead of the registry's own (outage tests cut that proxy).
 */
record StackEnvironment(Map<String, String> base, String proxiedRegistryUrl, Set<ServiceKind> viaRegistryProxy) {

    private static final List<String> PASSED_PREFIXES = List.of("INGEST_", "ENRICH_", "AGGREGATE_", "KAFKA_");

    static StackEnvironment of(StackPorts ports, int partitions, String bootstrapServers, String registryUrl,
                               Path stateDir) {
        return of(ports, partitions, bootstrapServers, registryUrl, stateDir, System.getenv());
    }

    static StackEnvironment of(StackPorts ports, int partitions, String bootstrapServers, String registryUrl,
                               Path stateDir, Map<String, String> outer) {
        Map<String, String> env = new HashMap<>();
        outer.forEach((name, value) -> {
            if (PASSED_PREFIXES.stream().anyMatch(name::startsWith)) {
                env.put(name, value);
            }
        });
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("SCHEMA_REGISTRY_URL", registryUrl);
        env.put("INGEST_PORT", String.valueOf(ports.ingest()));
        // The local stack is for one person on one machine: loopback only, no ingest tokens (UpCommand says so).
        env.put("INGEST_AUTH", "disabled");
        env.put("INGEST_BIND_ADDRESS", HttpSettings.LOOPBACK);
        env.put("ENRICH_BIND_ADDRESS", HttpSettings.LOOPBACK);
        env.put("AGGREGATE_BIND_ADDRESS", HttpSettings.LOOPBACK);
        env.put("INGEST_TOPIC_PARTITIONS", String.valueOf(partitions));
        env.put("ENRICH_PORT", String.valueOf(ports.enrich()));
        env.put("ENRICH_APPLICATION_ID", LocalStack.ENRICH_APPLICATION_ID);
        env.put("ENRICH_STATE_DIR", stateDir.resolve("enrich").toString());
        env.put("AGGREGATE_PORT", String.valueOf(ports.aggregate()));
        env.put("AGGREGATE_APPLICATION_ID", LocalStack.AGGREGATE_APPLICATION_ID);
        env.put("AGGREGATE_APPLICATION_SERVER", "localhost:" + ports.aggregate());
        env.put("AGGREGATE_STATE_DIR", stateDir.resolve("aggregate").toString());
        return new StackEnvironment(Map.copyOf(env), registryUrl, Set.of());
    }

    /** The same environment with {@code services} reaching the registry at {@code proxyUrl}. */
    StackEnvironment withRegistryProxy(String proxyUrl, Set<ServiceKind> services) {
        return new StackEnvironment(base, proxyUrl, Set.copyOf(services));
    }

    /** One service's environment. */
    Map<String, String> forService(ServiceKind kind) {
        Map<String, String> env = new HashMap<>(base);
        if (viaRegistryProxy.contains(kind)) {
            env.put("SCHEMA_REGISTRY_URL", proxiedRegistryUrl);
        }
        return env;
    }

    /**
     * A fresh state directory under {@code ~/.claimwatch/local-stack} (not the OS temp dir, which the OS may clean
     * under a running Streams app; Kafka Streams warns about it), deleted when the stack stops.
     */
    static Path createStateDir() {
        try {
            Path base = Path.of(System.getProperty("user.home"), ".claimwatch", "local-stack");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "state-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory", e);
        }
    }
}
