package io.claimwatch.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.claimwatch.platform.evolution.Probe;
import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.testing.Directories;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.testing.RegistryProxy;

/**
 * A Streams app on {@link StreamsDefaults} loses nothing while the registry is unreachable: records whose writer
 * schema it has cached keep flowing, a record with a schema id it has never seen pauses the stage (the thread is
 * replaced with backoff, readiness shows the registry DOWN, nothing is dead-lettered), and once the registry is back
 * every record arrives exactly once; a truly undecodable record still goes to the dead-letter topic.
 */
@ExtendWith(KafkaStackExtension.class)
class RegistryOutageStreamsIT {
    private static final Schema PROBE_V1 = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"io.claimwatch.platform.evolution",
             "fields":[{"name":"name","type":"string"}]}""");

    @Test
    void shouldPauseAndResumeWithoutDeadLettersWhenRegistryIsUnreachable(KafkaStack stack) throws Exception {
        String id = UUID.randomUUID().toString();
        String in = "outage-in-" + id;
        String out = "outage-out-" + id;
        String dlq = "outage-dlq-" + id;
        stack.kafka().createTopic(in, 1);
        stack.kafka().createTopic(out, 1);
        stack.kafka().createTopic(dlq, 1);
        Path stateDir = Files.createTempDirectory(Path.of("target"), "outage-state-");
        try (RegistryProxy proxy = new RegistryProxy(stack.registryUrl(), Optional.empty())) {
            HttpSchemaRegistryClient appRegistry =
                    new HttpSchemaRegistryClient(proxy.url(stack.registryUrl()), Duration.ofSeconds(1), 1);
            Serde<Probe> probes = AvroSerdes.forValues(appRegistry, Probe.class);
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(in, Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), probes).withName("read"))
                    .to(out, Produced.with(org.apache.kafka.common.serialization.Serdes.String(), probes).withName("write"));
            Properties overrides = new Properties();
            overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            KafkaStreams streams = new KafkaStreams(builder.build(),
                    StreamsDefaults.properties("outage-" + id, stack.bootstrapServers(), overrides, dlq));
            StreamsDefaults.installHandlers(streams);
            streams.start();
            try {
                Serde<Probe> direct = AvroSerdes.forValues(stack.registryClient(), Probe.class);
                for (int i = 0; i < 3; i++) {
                    produce(stack, in, "cached-" + i, direct.serializer().serialize(in, probe("cached-" + i)));
                }
                awaitCount(stack, out, 3);

                proxy.cut();
                assertThat(appRegistry.isReachable()).as("readiness check of the registry").isFalse();
                int v1Id = stack.registryClient().register(in + "-value", PROBE_V1);
                for (int i = 0; i < 3; i++) {
                    produce(stack, in, "new-schema-" + i, wireFormatV1(v1Id, "new-schema-" + i));
                }
                produce(stack, in, "cached-late", direct.serializer().serialize(in, probe("cached-late")));
                // Long enough for several failed fetches and thread replacements.
                Thread.sleep(6_000);
                assertThat(read(stack, dlq)).as("dead letters during the outage").isEmpty();
                assertThat(read(stack, out)).as("nothing past the record that needs the registry").hasSize(3);
                assertThat(streams.state()).isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);

                proxy.restore();
                awaitCount(stack, out, 7);
                assertThat(read(stack, out).stream().map(ConsumerRecord::key).toList()).containsExactly(
                        "cached-0", "cached-1", "cached-2", "new-schema-0", "new-schema-1", "new-schema-2", "cached-late");
                assertThat(read(stack, dlq)).isEmpty();

                produce(stack, in, "garbage", new byte[] {9, 9, 9, 9, 9, 9});
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(stack, dlq)).hasSize(1));
                assertThat(read(stack, out)).hasSize(7);
                assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            } finally {
                streams.close(Duration.ofSeconds(10));
                Directories.deleteRecursively(stateDir);
            }
        }
    }

    private static Probe probe(String name) {
        return Probe.newBuilder().setName(name).build();
    }

    private static byte[] wireFormatV1(int schemaId, String name) throws Exception {
        GenericRecord record = new GenericData.Record(PROBE_V1);
        record.put("name", name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0);
        bytes.write(ByteBuffer.allocate(4).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(PROBE_V1).write(record, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }

    private static void produce(KafkaStack stack, String topic, String key, byte[] value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    private static void awaitCount(KafkaStack stack, String topic, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(read(stack, topic)).hasSize(count));
    }

    /** Everything committed on the single-partition topic so far. */
    private static List<ConsumerRecord<String, byte[]>> read(KafkaStack stack, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
