package io.claimwatch.aggregate.topology;

import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A record that cannot be produced or read goes to the raw dead-letter topic with its reason; processing goes on. */
class DeadLetterTest {

  private static final String POISON = "c-poison";

  private final AggregateDriver driver = new AggregateDriver(new ClaimScorer(ScoringConfig.DEFAULTS),
      serdes -> serdes.withStatus(failingFor(POISON, serdes.status())));

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldDeadLetterTheClaimAndGoOnWhenAStatusCannotBeProduced() {
    ClaimEvidence poison = fact("a1", source("harbour authority", SourceType.ORGANIZATION), Stance.CONFIRMS, 1)
        .setClaimId(POISON).build();
    driver.pipe(poison);
    driver.pipe(fact("a2", source("coast gazette", SourceType.PUBLICATION), Stance.CONFIRMS, 2).build());

    List<TestRecord<byte[], byte[]>> letters = driver.rawDeadLetters.readRecordsToList();
    assertThat(letters).singleElement().satisfies(letter -> {
      assertThat(header(letter, "dead-letter.reason")).isEqualTo("serialization");
      assertThat(header(letter, "dead-letter.failed-topic")).isEqualTo(AggregateTopology.STATUS_TOPIC);
      assertThat(header(letter, "dead-letter.message")).contains("refusing");
      assertThat(letter.timestamp()).isPositive(); // published from a punctuation: no input record, no timestamp
      assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo(POISON);
    });
    assertThat(driver.status.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("c-call");
  }

  @Test
  void shouldGoOnWhenEvidenceCannotBeRead() {
    // The driver does not forward the deserialization handler's dead letters; AggregateStoryIT checks them on a broker.
    driver.driver.createInputTopic(AggregateTopology.EVIDENCE_TOPIC, Serdes.String().serializer(),
        Serdes.ByteArray().serializer()).pipeInput("k", "not avro".getBytes(StandardCharsets.UTF_8));
    driver.settle();
    driver.pipe(fact("a2", source("coast gazette", SourceType.PUBLICATION), Stance.CONFIRMS, 2).build());

    assertThat(driver.status.readValuesToList()).hasSize(1);
  }

  private static String header(TestRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Fails on the status topic only (the status store still works), as a too-large or unencodable record would. */
  private static Serde<ClaimStatus> failingFor(String claimId, Serde<ClaimStatus> real) {
    return Serdes.serdeFrom((topic, status) -> {
      if (status != null && status.getClaimId().equals(claimId) && topic.equals(AggregateTopology.STATUS_TOPIC)) {
        throw new SerializationException("refusing to serialize " + claimId);
      }
      return real.serializer().serialize(topic, status);
    }, real.deserializer());
  }
}
