package io.claimwatch.platform.registry;

import org.apache.avro.Schema;

/**
 * What ClaimWatch needs from a schema registry, in the terms of the Confluent Schema Registry REST API
 * (which Confluent, Apicurio's ccompat API, Karapace and Redpanda all speak).
 */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of {@code schema} already registered under {@code subject}; fails when it is not registered. */
    int idFor(String subject, Schema schema);

    /** The schema with this global id; fails with {@link SchemaNotFoundException} when unknown. */
    Schema schemaById(int id);

    /** Whether {@code schema} may be registered under {@code subject} given its compatibility level. */
    CompatibilityResult testCompatibility(String subject, Schema schema);

    /** Sets the compatibility level (e.g. {@code BACKWARD}) globally when {@code subject} is null, else for the subject. */
    void setCompatibility(String subject, String level);

    /** True when the registry answers (for readiness checks); never throws. */
    boolean isReachable();
}
