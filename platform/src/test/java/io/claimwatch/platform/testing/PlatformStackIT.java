package io.claimwatch.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.claimwatch.platform.evolution.Probe;
import io.claimwatch.platform.registry.SchemaIncompatibleException;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroDeserializer;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.serde.SampleRecords;
import io.claimwatch.schemas.Article;

/** The platform against the real embedded broker and the real Apicurio registry. */
@ExtendWith(KafkaStackExtension.class)
class PlatformStackIT {
    private static final Schema PROBE_V1 = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"io.claimwatch.platform.evolution",
             "fields":[{"name":"name","type":"string"}]}""");
    private static final Schema PROBE_INCOMPATIBLE = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"io.claimwatch.platform.evolution",
             "fields":[{"name":"name","type":"string"},{"name":"mandatory","type":"int"}]}""");

    @Test
    void shouldRoundTripEveryRecordTypeThroughBrokerAndRegistry(KafkaStack stack) {
        SchemaRegistryClient registry = stack.registryClient();
        for (SpecificRecord sample : SampleRecords.all()) {
            String topic = "roundtrip-" + sample.getSchema().getName() + "-" + UUID.randomUUID();
            stack.kafka().createTopic(topic, 1);
            produce(stack, topic, "key-1", AvroSerdes.forValues(registry, typeOf(sample)).serializer(), sample);
            List<ConsumerRecord<String, SpecificRecord>> read = consume(stack, topic, 1,
                    AvroSerdes.forValues(stack.registryClient(), typeOf(sample)).deserializer());
            assertThat(read).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("key-1");
                assertThat(record.value()).isEqualTo(sample);
            });
        }
        assertThat(registry.testCompatibility(
                "roundtrip-unused-value", Article.getClassSchema()).compatible()).isTrue();
    }

    @Test
    void shouldReadV1RecordWithV2ReaderWhenSchemaEvolvedCompatibly(KafkaStack stack) throws Exception {
        String topic = "probe-" + UUID.randomUUID();
        stack.kafka().createTopic(topic, 1);
        SchemaRegistryClient registry = stack.registryClient();
        int v1Id = registry.register(topic + "-value", PROBE_V1);
        GenericRecord v1 = new GenericData.Record(PROBE_V1);
        v1.put("name", "first");
        produce(stack, topic, "p", new ByteArraySerializer(), wireFormat(v1Id, v1));

        assertThat(registry.testCompatibility(topic + "-value", Probe.getClassSchema()).compatible()).isTrue();
        int v2Id = registry.register(topic + "-value", Probe.getClassSchema());
        assertThat(v2Id).isNotEqualTo(v1Id);

        List<ConsumerRecord<String, Probe>> read = consume(stack, topic, 1,
                new AvroDeserializer<>(stack.registryClient(), Probe.class));
        assertThat(read).singleElement().satisfies(record -> {
            assertThat(record.value().getName()).isEqualTo("first");
            assertThat(record.value().getWeight()).isEqualTo(1.5);
        });
    }

    @Test
    void shouldFailWithRegistryReasonWhenRegisteringIncompatibleSchema(KafkaStack stack) {
        String subject = "incompatible-" + UUID.randomUUID() + "-value";
        SchemaRegistryClient registry = stack.registryClient();
        registry.register(subject, PROBE_V1);
        assertThat(registry.testCompatibility(subject, PROBE_INCOMPATIBLE).compatible()).isFalse();
        assertThatThrownBy(() -> registry.register(subject, PROBE_INCOMPATIBLE))
                .isInstanceOf(SchemaIncompatibleException.class)
                .hasMessageStartingWith("schema incompatible with subject " + subject + ": ");
    }

    @Test
    void shouldNameUnknownSchemaIdAndWrongMagicByteWhenConsuming(KafkaStack stack) {
        String topic = "bad-bytes-" + UUID.randomUUID();
        stack.kafka().createTopic(topic, 1);
        byte[] unknownId = ByteBuffer.allocate(7).put((byte) 0).putInt(424242).putShort((short) 0).array();
        byte[] wrongMagic = ByteBuffer.allocate(7).put((byte) 9).putInt(1).putShort((short) 0).array();
        produce(stack, topic, "a", new ByteArraySerializer(), unknownId);
        produce(stack, topic, "b", new ByteArraySerializer(), wrongMagic);

        List<ConsumerRecord<String, byte[]>> raw = consume(stack, topic, 2, new ByteArrayDeserializer());
        AvroDeserializer<Article> deserializer = new AvroDeserializer<>(stack.registryClient(), Article.class);
        assertThatThrownBy(() -> deserializer.deserialize(topic, raw.get(0).value()))
                .hasMessageContaining("unknown schema id 424242");
        assertThatThrownBy(() -> deserializer.deserialize(topic, raw.get(1).value()))
                .hasMessageContaining("unknown magic byte 0x09");
        assertThatThrownBy(() -> consume(stack, topic, 1, deserializer))
                .isInstanceOf(RecordDeserializationException.class)
                .cause().hasMessageContaining("unknown schema id 424242 on topic " + topic);
    }

    private static byte[] wireFormat(int id, GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Class<SpecificRecord> typeOf(SpecificRecord record) {
        return (Class<SpecificRecord>) record.getClass();
    }

    static <V> void produce(KafkaStack stack, String topic, String key, Serializer<V> serializer, V value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("produce failed", e);
        }
    }

    static <V> List<ConsumerRecord<String, V>> consume(KafkaStack stack, String topic, int count, Deserializer<V> deserializer) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        assertThat(records).as("records read from " + topic).hasSize(count);
        return records;
    }
}
