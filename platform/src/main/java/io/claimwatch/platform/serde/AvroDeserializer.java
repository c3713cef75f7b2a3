package io.claimwatch.platform.serde;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.registry.RegistryException;
import io.claimwatch.platform.registry.RegistryUnreachableException;
import io.claimwatch.platform.registry.SchemaNotFoundException;
import io.claimwatch.platform.registry.SchemaRegistryClient;

/**
 * Reads Confluent-wire-format Avro into a generated {@link SpecificRecord} class: the writer's schema is
 * fetched from the registry by the id in the record and resolved to the reader's schema (the class's), so
 * consumers read data written with older or newer compatible schemas. A null payload is a tombstone (null).
 * A wrong magic byte or an unknown schema id raises a {@link SerializationException} that says which; a registry
 * that cannot be reached raises {@link RegistryUnavailableException} instead (the record is not at fault). Schemas
 * are cached by id for the life of the deserializer, so records with known ids decode during an outage.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private SchemaRegistryClient registry;
    private final Class<T> type;
    private final Schema readerSchema;
    private final SpecificData model;
    private final Map<Integer, SpecificDatumReader<T>> readers = new ConcurrentHashMap<>();

    public AvroDeserializer(SchemaRegistryClient registry, Class<T> type) {
        this.registry = registry;
        this.type = Objects.requireNonNull(type, "type");
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            Object url = configs.get(AvroSerdes.REGISTRY_URL_CONFIG);
            if (url == null) {
                throw new IllegalArgumentException(AvroSerdes.REGISTRY_URL_CONFIG + " is required for " + getClass().getSimpleName());
            }
            registry = new HttpSchemaRegistryClient(url.toString());
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException("record on topic " + topic + " is " + data.length
                    + " bytes, too short for the Confluent wire format (magic byte + 4-byte schema id)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        byte magic = buffer.get();
        if (magic != WireFormat.MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "unknown magic byte 0x%02x on topic %s: expected 0x00 (Confluent wire format)", magic, topic));
        }
        int id = buffer.getInt();
        SpecificDatumReader<T> reader = readerFor(id, topic);
        try {
            BinaryDecoder decoder = DecoderFactory.get()
                    .binaryDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
            return reader.read(null, decoder);
        } catch (Exception e) {
            throw new SerializationException("cannot decode " + type.getSimpleName() + " (schema id " + id
                    + ") on topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private SpecificDatumReader<T> readerFor(int id, String topic) {
        SpecificDatumReader<T> cached = readers.get(id);
        if (cached != null) {
            return cached;
        }
        Schema writerSchema;
        try {
            writerSchema = registry.schemaById(id);
        } catch (RegistryUnreachableException e) {
            throw new RegistryUnavailableException("cannot fetch schema id " + id + " for topic " + topic
                    + " while the registry is unreachable: " + e.getMessage(), e);
        } catch (SchemaNotFoundException e) {
            throw new SerializationException("unknown schema id " + id + " on topic " + topic + ": " + e.getMessage(), e);
        } catch (RegistryException e) {
            throw new SerializationException("cannot fetch schema id " + id + " for topic " + topic + ": " + e.getMessage(), e);
        }
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(writerSchema, readerSchema, model);
        readers.put(id, reader);
        return reader;
    }
}
