package io.claimwatch.platform.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import io.claimwatch.platform.registry.SchemaRegistryClient;

/** Factory for Confluent-wire-format Avro serdes bound to a registry client. */
public final class AvroSerdes {
    /** Kafka client property naming the registry's Confluent-API base URL. */
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    /** Kafka client property: register schemas on write (default true). */
    public static final String AUTO_REGISTER_CONFIG = "auto.register.schemas";

    private AvroSerdes() {
    }

    /** A value serde that registers its schema on first write. */
    public static <T extends SpecificRecord> Serde<T> forValues(SchemaRegistryClient registry, Class<T> type) {
        return forValues(registry, type, true);
    }

    public static <T extends SpecificRecord> Serde<T> forValues(SchemaRegistryClient registry, Class<T> type,
                                                                 boolean autoRegister) {
        return Serdes.serdeFrom(new AvroSerializer<>(registry, false, autoRegister), new AvroDeserializer<>(registry, type));
    }

    /** A key serde (for Avro keys; ClaimWatch's own keys are strings). */
    public static <T extends SpecificRecord> Serde<T> forKeys(SchemaRegistryClient registry, Class<T> type,
                                                               boolean autoRegister) {
        return Serdes.serdeFrom(new AvroSerializer<>(registry, true, autoRegister), new AvroDeserializer<>(registry, type));
    }
}
