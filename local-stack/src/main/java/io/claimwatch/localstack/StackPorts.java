package io.claimwatch.localstack;

import java.util.LinkedHashMap;
import java.util.Map;

import io.claimwatch.platform.testing.FreePorts;

/**
 * The local stack's ports, consecutive from a base: aggregate-service (dashboard and query API) at the base,
 * ingest-service +1, enrich-service +2, the schema registry +3, the Kafka broker +4. Base 0 means "any free
 * ports" (used by {@code replay}, which needs no fixed addresses).
 */
public record StackPorts(int aggregate, int ingest, int enrich, int registry, int kafka) {
    public static final int DEFAULT_BASE = 8080;

    public static StackPorts fromBase(int base) {
        if (base == 0) {
            return new StackPorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
        }
        if (base < 1024 || base > 65530) {
            throw new IllegalArgumentException("--port-base must be between 1024 and 65530 (it uses 5 ports), got " + base);
        }
        return new StackPorts(base, base + 1, base + 2, base + 3, base + 4);
    }

    public Map<String, Integer> byComponent() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("aggregate-service", aggregate);
        ports.put("ingest-service", ingest);
        ports.put("enrich-service", enrich);
        ports.put("schema registry", registry);
        ports.put("Kafka broker", kafka);
        return ports;
    }

    /** Fails with a message naming the first port in use and what it was for. */
    public void requireFree() {
        byComponent().forEach((component, port) -> {
            if (!FreePorts.isFree(port)) {
                throw new PortInUseException(component, port);
            }
        });
    }

    /** A port the stack needs is taken. */
    public static final class PortInUseException extends RuntimeException {
        public PortInUseException(String component, int port) {
            super("port " + port + " (for " + component + ") is already in use; stop what uses it or choose another "
                    + "range with --port-base (e.g. --port-base 18080)");
        }
    }
}
