package io.claimwatch.localstack;

import picocli.CommandLine.Option;

/** Options of the commands that start a long-running local stack ({@code up}, {@code demo}). */
final class StackOptions {
    @Option(names = "--port-base", defaultValue = "" + StackPorts.DEFAULT_BASE,
            description = "First of 5 consecutive ports: dashboard, ingest, enrich, registry, Kafka (default ${DEFAULT-VALUE}).")
    int portBase;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
    int partitions;
}
