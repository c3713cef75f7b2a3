package io.claimwatch.localstack;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimwatch up}: the whole stack without data, until Ctrl-C or SIGTERM. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start broker, registry and the three services; print their URLs; run until Ctrl-C.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Override
    public Integer call() throws Exception {
        try (LocalStack stack = start(options.portBase, options.partitions)) {
            stack.shutdown().awaitShutdown();
        }
        return 0;
    }

    /** Starts the stack, prints where everything is, and stops it on Ctrl-C/SIGTERM. */
    static LocalStack start(int portBase, int partitions) {
        System.err.println("starting ClaimWatch (Kafka broker, schema registry, ingest, enrich, aggregate)...");
        LocalStack stack = LocalStack.start(StackPorts.fromBase(portBase), partitions);
        stack.shutdown().onJvmShutdown();
        StackPorts ports = stack.ports();
        System.out.printf("""
                ClaimWatch is up in %.1f s
                  dashboard and query API  http://localhost:%d/   (API: /claims, /openapi.json)
                  ingest API               http://localhost:%d/articles   (/openapi.json)
                  enrich-service health    http://localhost:%d/health/ready
                  metrics                  http://localhost:%d/metrics  http://localhost:%d/metrics  http://localhost:%d/metrics
                  Kafka bootstrap          %s
                  schema registry          %s
                  security                 local stack: HTTP on loopback (127.0.0.1) only, ingest authentication disabled (INGEST_AUTH=disabled)
                Press Ctrl-C to stop.
                """, stack.startupTime().toMillis() / 1000.0, ports.aggregate(), ports.ingest(), ports.enrich(),
                ports.aggregate(), ports.ingest(), ports.enrich(), stack.bootstrapServers(), stack.registryUrl());
        return stack;
    }
}
