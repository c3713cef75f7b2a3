package io.claimwatch.aggregate.topology;

import static io.claimwatch.aggregate.score.Facts.CLAIM;
import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.retract;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.score.Facts;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AggregateTopologyTest {

  private static final Source POST = source("the washington post", SourceType.PUBLICATION);
  private static final Source KREMLIN = source("kremlin", SourceType.ORGANIZATION);
  private static final Source AGENCY = source("agency", SourceType.ORGANIZATION);

  private final List<KeyValue<String, ClaimStatus>> heard = new ArrayList<>();
  private TopologyTestDriver driver;
  private TestInputTopic<String, ClaimEvidence> evidence;
  private TestOutputTopic<String, ClaimStatus> status;

  @BeforeEach
  void startDriver() {
    TopologySerdes serdes = TopologySerdes.inMemory();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(AggregateTopology.build(serdes.evidence(), serdes.status(),
        new ClaimScorer(ScoringConfig.DEFAULTS), (id, s) -> heard.add(KeyValue.pair(id, s == null ? null : s.status()))), props);
    evidence = driver.createInputTopic(AggregateTopology.EVIDENCE_TOPIC, Serdes.String().serializer(),
        serdes.evidence().serializer());
    status = driver.createOutputTopic(AggregateTopology.STATUS_TOPIC, Serdes.String().deserializer(),
        serdes.status().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldPublishAnUpdatedStatusWhenAFactIsUpdated() {
    ClaimEvidence v1 = fact("a1", AGENCY, Stance.CONFIRMS, 1).build();
    pipe(v1, fact("a2", POST, Stance.CONFIRMS, 2).build());
    pipe(fact("a1", AGENCY, Stance.DENIES, 3).setArticleVersion(2).build());

    List<KeyValue<String, ClaimStatus>> out = status.readKeyValuesToList();

    assertThat(out).hasSize(3).allSatisfy(kv -> assertThat(kv.key).isEqualTo(CLAIM));
    assertThat(out.get(1).value.getVerdict()).isEqualTo(Verdict.CONFIRMED);
    ClaimStatus last = out.get(2).value;
    assertThat(last.getCounts().getEvidence()).isEqualTo(2);
    assertThat(last.getDenyWeight()).isEqualTo(0.6);
    assertThat(last.getConfirmWeight()).isEqualTo(0.5);
    assertThat(last.getVerdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(last.getHistory()).hasSize(3);
    assertThat(heard).extracting(kv -> kv.value).containsExactlyElementsOf(out.stream().map(kv -> kv.value).toList());
  }

  @Test
  void shouldRemoveTheFactExactlyWhenItIsRetracted() {
    ClaimEvidence deny = fact("a3", KREMLIN, Stance.DENIES, 3).setParty(true).build();
    pipe(fact("a1", AGENCY, Stance.CONFIRMS, 1).build(), fact("a2", POST, Stance.CONFIRMS, 2).build(), deny);
    pipe(retract(deny, 2));

    List<ClaimStatus> out = status.readValuesToList();

    assertThat(out).extracting(ClaimStatus::getVerdict)
        .containsExactly(Verdict.UNVERIFIED, Verdict.CONFIRMED, Verdict.DISPUTED, Verdict.CONFIRMED);
    assertThat(out.getLast().getCounts().getDenying()).isZero();
    assertThat(out.getLast().getSources()).extracting(s -> s.getKey()).doesNotContain("kremlin");
    assertThat(out.getLast().getScore()).isEqualTo(out.get(1).getScore());
  }

  @Test
  void shouldNotEmitWhenTheStatusDidNotChange() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    pipe(confirm, confirm);
    pipe(ClaimEvidence.newBuilder(confirm).setArticleVersion(2).setPublisher("Other desk").build());
    pipe(retract(fact("zz", KREMLIN, Stance.DENIES, 1).build(), 1));

    assertThat(status.readValuesToList()).hasSize(1);
    KeyValueStore<String, ClaimState> store = driver.getKeyValueStore(AggregateTopology.CLAIM_STORE);
    assertThat(store.get(CLAIM).facts()).singleElement()
        .satisfies(f -> assertThat(f.getPublisher()).isEqualTo("Other desk"));
  }

  @Test
  void shouldPublishATombstoneAndDropTheStateWhenTheLastFactIsRetracted() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    pipe(confirm);
    pipe(retract(confirm, 2));

    List<KeyValue<String, ClaimStatus>> out = status.readKeyValuesToList();

    assertThat(out).hasSize(2);
    assertThat(out.get(1).key).isEqualTo(CLAIM);
    assertThat(out.get(1).value).isNull();
    KeyValueStore<String, ClaimState> store = driver.getKeyValueStore(AggregateTopology.CLAIM_STORE);
    assertThat(store.get(CLAIM)).isNull();
  }

  @Test
  void shouldKeepClaimsApartWhenEvidenceOfSeveralClaimsInterleaves() {
    pipe(fact("a1", POST, Stance.CONFIRMS, 1).build());
    evidence.pipeInput("other", fact("a1", KREMLIN, Stance.DENIES, 2).setClaimId("other").build(),
        Facts.T0.plusSeconds(120));

    KeyValueStore<String, ClaimState> store = driver.getKeyValueStore(AggregateTopology.CLAIM_STORE);
    assertThat(store.get(CLAIM).status().getCounts().getDenying()).isZero();
    assertThat(store.get("other").status().getCounts().getDenying()).isEqualTo(1);
    assertThat(status.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(CLAIM, "other");
  }

  private void pipe(ClaimEvidence... facts) {
    for (ClaimEvidence f : facts) {
      evidence.pipeInput(f.getClaimId(), f, f.getEventTime());
    }
  }

  /** Serdes for the topology under test. */
  record TopologySerdes(Serde<ClaimEvidence> evidence, Serde<ClaimStatus> status) {
    static TopologySerdes inMemory() {
      InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
      return new TopologySerdes(AvroSerdes.forValues(registry, ClaimEvidence.class),
          AvroSerdes.forValues(registry, ClaimStatus.class));
    }
  }
}
