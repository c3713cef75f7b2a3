package io.claimwatch.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.streams.StreamsDefaults;

/**
 * TLS/SASL pass-through: admin, producer, consumer and a Kafka Streams app (exactly-once, on the platform's
 * defaults) configured only from {@code KAFKA_*} environment-style variables, as every service reads them, talk to
 * the embedded broker's SASL_PLAINTEXT listener (mechanism PLAIN); a wrong password is refused.
 */
class SaslPassThroughIT {
    private static final String USER = "claimwatch-svc";
    private static final String PASSWORD = "s4sl-secret";
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.startWithSasl(USER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    private static Properties clientProperties(String password) {
        return EnvConfig.of(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.saslBootstrapServers(),
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", kafka.saslListener().orElseThrow().clientJaasConfig(password))).kafkaProperties();
    }

    @Test
    void shouldProduceConsumeAdministerAndStreamWhenOnlyKafkaVariablesAreSet() throws Exception {
        Properties props = clientProperties(PASSWORD);
        String in = "sasl-in-" + UUID.randomUUID();
        String out = "sasl-out-" + UUID.randomUUID();
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(in, 1, (short) 1), new NewTopic(out, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(in, out);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(in, "k" + i, "value " + i)).get(30, TimeUnit.SECONDS);
            }
        }

        Path stateDir = Files.createTempDirectory(Path.of("target"), "sasl-state-");
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in, Consumed.with(Serdes.String(), Serdes.String()).withName("sasl-read"))
                .mapValues(v -> v.toUpperCase(java.util.Locale.ROOT), org.apache.kafka.streams.kstream.Named.as("sasl-upper"))
                .to(out, Produced.with(Serdes.String(), Serdes.String()).withName("sasl-write"));
        Properties overrides = new Properties();
        overrides.putAll(props);
        overrides.remove("bootstrap.servers");
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        KafkaStreams streams = new KafkaStreams(builder.build(), StreamsDefaults.properties("sasl-" + UUID.randomUUID(),
                kafka.saslBootstrapServers(), overrides, "sasl-dlq"));
        StreamsDefaults.installHandlers(streams);
        streams.start();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(read(props, out)).extracting(ConsumerRecord::value)
                            .containsExactly("VALUE 0", "VALUE 1", "VALUE 2"));
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            streams.close(Duration.ofSeconds(10));
            Directories.deleteRecursively(stateDir);
        }
    }

    @Test
    void shouldRefuseClientWhenPasswordIsWrong() {
        Properties props = clientProperties("wrong");
        props.put("default.api.timeout.ms", "10000");
        props.put("request.timeout.ms", "5000");
        try (Admin admin = Admin.create(props)) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static List<ConsumerRecord<String, String>> read(Properties props, String topic) {
        Properties p = new Properties();
        p.putAll(props);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
