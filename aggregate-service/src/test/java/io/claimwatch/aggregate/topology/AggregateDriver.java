package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.platform.streams.StreamsDefaults;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.platform.testing.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The aggregate topology in a {@link TopologyTestDriver} with in-memory stores (the driver commits after every record,
 * which would flush RocksDB each time), in-memory registry serdes and the platform's Streams
 * defaults (so the exception handlers under test are the production ones): input topics for evidence, mention
 * assignments and merges, output topics for statuses and both dead-letter topics, and the statuses the listener heard.
 */
final class AggregateDriver implements AutoCloseable {

  final AggregateSerdes serdes;
  final TopologyTestDriver driver;
  final TestInputTopic<String, ClaimEvidence> evidence;
  final TestInputTopic<String, MentionAssignment> mentions;
  final TestInputTopic<String, ClaimMerge> merges;
  final TestOutputTopic<String, ClaimStatus> status;
  final TestOutputTopic<String, DeadLetter> deadLetters;
  final TestOutputTopic<byte[], byte[]> rawDeadLetters;
  final List<KeyValue<String, ClaimStatus>> heard = new ArrayList<>();
  private final Path stateDir;

  AggregateDriver(ClaimScorer scorer) {
    this(scorer, UnaryOperator.identity());
  }

  AggregateDriver(ClaimScorer scorer, UnaryOperator<AggregateSerdes> adjust) {
    AggregateSerdes plain = AggregateSerdes.avro(new InMemorySchemaRegistryClient());
    serdes = adjust.apply(plain);
    Properties props = StreamsDefaults.properties("aggregate-test", "unused:9092", null,
        Topics.AGGREGATE_DEAD_LETTER_RAW);
    try {
      stateDir = Files.createTempDirectory("aggregate-driver");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG, BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
    driver = new TopologyTestDriver(AggregateTopology.build(serdes, scorer, this::hear,
        AggregateTopology.StoreKind.IN_MEMORY, AggregateTopology.EMIT_INTERVAL), props);
    evidence = driver.createInputTopic(Topics.CLAIMS_EVIDENCE, Serdes.String().serializer(),
        serdes.evidence().serializer());
    mentions = driver.createInputTopic(Topics.CLAIM_MENTIONS, Serdes.String().serializer(),
        serdes.mentions().serializer());
    merges = driver.createInputTopic(Topics.CLAIM_MERGES, Serdes.String().serializer(), serdes.merges().serializer());
    status = driver.createOutputTopic(Topics.CLAIMS_STATUS, Serdes.String().deserializer(),
        plain.status().deserializer());
    deadLetters = driver.createOutputTopic(Topics.AGGREGATE_DEAD_LETTER, Serdes.String().deserializer(),
        serdes.deadLetters().deserializer());
    rawDeadLetters = driver.createOutputTopic(Topics.AGGREGATE_DEAD_LETTER_RAW, Serdes.ByteArray().deserializer(),
        Serdes.ByteArray().deserializer());
  }

  static AggregateDriver withDefaults() {
    return new AggregateDriver(new ClaimScorer(ScoringConfig.DEFAULTS));
  }

  /** Sends facts keyed by their claim id, as v1 producers do, at their event time, publishing after each. */
  void pipe(ClaimEvidence... facts) {
    for (ClaimEvidence f : facts) {
      evidence.pipeInput(f.getClaimId(), f, f.getEventTime());
      settle();
    }
  }

  /** Lets one emit interval of wall-clock time pass: every changed claim publishes its status. */
  void settle() {
    driver.advanceWallClockTime(AggregateTopology.EMIT_INTERVAL);
  }

  void assign(String mentionId, String claimId, Instant at) {
    mentions.pipeInput(new TestRecord<>(mentionId, MentionAssignment.newBuilder().setMentionId(mentionId)
        .setArticleId(mentionId.split("#")[0]).setClaimId(claimId).setSimilarity(0.9).setText("")
        .setAssignedAt(at).build(), at));
    settle();
  }

  /** The last status per claim currently on the status topic (tombstones remove). */
  java.util.Map<String, ClaimStatus> latestStatuses() {
    return status.readKeyValuesToMap();
  }

  /** Drops every record the driver captured so far on any topic (changelogs included), so long runs stay small. */
  void dropCaptured() {
    for (String topic : driver.producedTopicNames()) {
      driver.createOutputTopic(topic, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer())
          .readRecordsToList();
    }
    heard.clear();
  }

  ClaimStatus stored(String claimId) {
    return driver.<String, ClaimStatus>getKeyValueStore(AggregateTopology.STATUS_STORE).get(claimId);
  }

  private void hear(String claimId, ClaimState state) {
    heard.add(KeyValue.pair(claimId, state == null ? null : state.status()));
  }

  @Override
  public void close() {
    driver.close();
    Directories.deleteRecursively(stateDir);
  }
}
