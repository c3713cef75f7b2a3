package io.claimwatch.platform.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.registry.RegistryException;
import io.claimwatch.platform.registry.RegistryUnreachableException;
import io.claimwatch.platform.registry.SchemaRegistryClient;

/**
 * Writes Avro {@link SpecificRecord}s in the Confluent wire format. The schema is registered under the
 * TopicNameStrategy subject when auto-registration is on (the default); otherwise it must already be registered.
 * A null record is written as null (a tombstone). Registry failures surface as {@link SerializationException}
 * with the registry's message and the {@link RegistryException} as cause; an unreachable registry as
 * {@link RegistryUnavailableException}.
 *
 * <p>Configurable by Kafka client properties too: {@value AvroSerdes#REGISTRY_URL_CONFIG} and
 * {@value AvroSerdes#AUTO_REGISTER_CONFIG}.
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    private SchemaRegistryClient registry;
    private boolean isKey;
    private boolean autoRegister = true;
    private final Map<Schema, SpecificDatumWriter<T>> writers = new ConcurrentHashMap<>();

    /** For Kafka's reflective construction; {@link #configure} must follow. */
    public AvroSerializer() {
    }

    public AvroSerializer(SchemaRegistryClient registry, boolean isKey, boolean autoRegister) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.isKey = isKey;
        this.autoRegister = autoRegister;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        Object auto = configs.get(AvroSerdes.AUTO_REGISTER_CONFIG);
        if (auto != null) {
            this.autoRegister = Boolean.parseBoolean(auto.toString());
        }
        if (registry == null) {
            Object url = configs.get(AvroSerdes.REGISTRY_URL_CONFIG);
            if (url == null) {
                throw new IllegalArgumentException(AvroSerdes.REGISTRY_URL_CONFIG + " is required for " + getClass().getSimpleName());
            }
            registry = new HttpSchemaRegistryClient(url.toString());
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        Schema schema = record.getSchema();
        String subject = WireFormat.subject(topic, isKey);
        int id;
        try {
            id = autoRegister ? registry.register(subject, schema) : registry.idFor(subject, schema);
        } catch (RegistryUnreachableException e) {
            throw new RegistryUnavailableException("cannot serialize " + schema.getFullName() + " for topic " + topic
                    + " while the registry is unreachable: " + e.getMessage(), e);
        } catch (RegistryException e) {
            throw new SerializationException("cannot serialize " + schema.getFullName() + " for topic " + topic
                    + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(WireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writerFor(record, schema).write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getFullName() + " for topic " + topic
                    + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private SpecificDatumWriter<T> writerFor(T record, Schema schema) {
        return writers.computeIfAbsent(schema,
                s -> new SpecificDatumWriter<>(s, SpecificData.getForClass((Class<T>) record.getClass())));
    }
}
