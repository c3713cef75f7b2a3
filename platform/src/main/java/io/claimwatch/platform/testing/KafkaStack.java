package io.claimwatch.platform.testing;

import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.registry.SchemaRegistryClient;

/** A running broker and registry pair, as handed to integration tests by {@link KafkaStackExtension}. */
public final class KafkaStack implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final LocalRegistry registry;

    public KafkaStack(EmbeddedKafka kafka, LocalRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Starts the broker and the registry (in parallel, they are independent). */
    public static KafkaStack start() {
        java.util.concurrent.CompletableFuture<LocalRegistry> registry =
                java.util.concurrent.CompletableFuture.supplyAsync(LocalRegistry::start);
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start();
        } catch (RuntimeException e) {
            registry.thenAccept(LocalRegistry::close);
            throw e;
        }
        try {
            return new KafkaStack(kafka, registry.join());
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public LocalRegistry registry() {
        return registry;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    /** A fresh HTTP client for the registry (its own caches). */
    public SchemaRegistryClient registryClient() {
        return new HttpSchemaRegistryClient(registry.url());
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            registry.close();
        }
    }
}
