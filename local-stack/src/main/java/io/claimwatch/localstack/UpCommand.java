package io.claimwatch.localstack;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code claimwatch up [--processes [--pid-file FILE]]}: the whole stack without data, until Ctrl-C or SIGTERM; with
 * {@code --processes} ingest, enrich and aggregate run as child JVMs, restarted when they die.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start broker, registry and the three services; print their URLs; run until Ctrl-C.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Option(names = "--processes", description = "Run ingest, enrich and aggregate each in its own JVM (restarted when one dies).")
    boolean processes;

    @Option(names = "--pid-file", paramLabel = "FILE",
            description = "With --processes: keep {\"ingest\": pid, \"enrich\": pid, \"aggregate\": pid} in FILE.")
    Path pidFile;

    @Override
    public Integer call() throws Exception {
        if (pidFile != null && !processes) {
            throw new IllegalArgumentException("--pid-file needs --processes");
        }
        try (LocalStack stack = processes ? startProcesses(options.portBase, options.partitions, pidFile)
                : start(options.portBase, options.partitions)) {
            stack.shutdown().awaitShutdown();
        }
        return 0;
    }

    /** Starts the stack, prints where everything is, and stops it on Ctrl-C/SIGTERM. */
    static LocalStack start(int portBase, int partitions) {
        System.err.println("starting ClaimWatch (Kafka broker, schema registry, ingest, enrich, aggregate)...");
        LocalStack stack = LocalStack.start(StackPorts.fromBase(portBase), partitions);
        stack.shutdown().onJvmShutdown();
        printUrls(stack);
        return stack;
    }

    private static LocalStack startProcesses(int portBase, int partitions, Path pidFile) {
        System.err.println("starting ClaimWatch (Kafka broker and schema registry here; ingest, enrich, aggregate as child JVMs)...");
        LocalStack stack = LocalStack.startWithChildProcesses(StackPorts.fromBase(portBase), partitions, pidFile);
        stack.shutdown().onJvmShutdown();
        printUrls(stack);
        System.out.printf("  service logs             %s%n", stack.stateDir().resolve("logs"));
        if (pidFile != null) {
            System.out.printf("  pid file                 %s%n", pidFile.toAbsolutePath());
        }
        System.out.flush();
        return stack;
    }

    private static void printUrls(LocalStack stack) {
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
    }
}
