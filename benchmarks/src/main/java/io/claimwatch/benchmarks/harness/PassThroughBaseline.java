package io.claimwatch.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The ceiling the broker itself sets: the same article payloads through three topic hops with no processing
 * ({@code bench.passthrough.1 → .2 → .3}, two relays that consume and re-produce, one reader at the end), on the same
 * broker as the ClaimWatch run. Producers are idempotent with {@code acks=all}, as the pipeline's are; consumers read
 * committed records. The elapsed time runs from the first send until the last record reached the third topic.
 */
public final class PassThroughBaseline {

  private static final String PREFIX = "bench.passthrough.";

  private PassThroughBaseline() {}

  /** The measured pass-through of {@code payloads}. */
  public record Result(int records, double seconds) {
    public double perSecond() {
      return records / seconds;
    }
  }

  public static Result run(String bootstrapServers, int partitions, List<byte[]> payloads, Duration timeout)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> topics = List.of(PREFIX + run + ".1", PREFIX + run + ".2", PREFIX + run + ".3");
    try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList()).all().get();
    }
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> relays = new ArrayList<>();
    for (int hop = 0; hop < 2; hop++) {
      String from = topics.get(hop);
      String to = topics.get(hop + 1);
      relays.add(Thread.ofPlatform().name("passthrough-relay-" + hop).start(() -> relay(bootstrapServers, from, to,
          stop)));
    }
    try (KafkaConsumer<byte[], byte[]> reader = consumer(bootstrapServers);
        KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
      reader.subscribe(List.of(topics.get(2)));
      reader.poll(Duration.ofMillis(500));
      long start = System.nanoTime();
      for (int i = 0; i < payloads.size(); i++) {
        producer.send(new ProducerRecord<>(topics.get(0), ("k" + i).getBytes(), payloads.get(i)));
      }
      producer.flush();
      long deadline = start + timeout.toNanos();
      int seen = 0;
      while (seen < payloads.size() && System.nanoTime() < deadline) {
        seen += reader.poll(Duration.ofMillis(200)).count();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(seen, seconds);
    } finally {
      stop.set(true);
      for (Thread relay : relays) {
        relay.join(10_000);
      }
    }
  }

  private static void relay(String bootstrapServers, String from, String to, AtomicBoolean stop) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers);
        KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
      consumer.subscribe(List.of(from));
      while (!stop.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          producer.send(new ProducerRecord<>(to, record.key(), record.value()));
        }
      }
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "passthrough-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
