package io.claimwatch.aggregate.topology;

import static io.claimwatch.aggregate.score.Facts.CLAIM;
import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.retract;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.aggregate.score.FactIds;
import io.claimwatch.aggregate.score.Facts;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.Verdict;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AggregateTopologyTest {

  private static final Source POST = source("the washington post", SourceType.PUBLICATION);
  private static final Source KREMLIN = source("kremlin", SourceType.ORGANIZATION);
  private static final Source AGENCY = source("agency", SourceType.ORGANIZATION);

  private final AggregateDriver driver = AggregateDriver.withDefaults();

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldPublishAnUpdatedStatusWhenAFactIsUpdated() {
    driver.pipe(fact("a1", AGENCY, Stance.CONFIRMS, 1).build(), fact("a2", POST, Stance.CONFIRMS, 2).build());
    driver.pipe(fact("a1", AGENCY, Stance.DENIES, 3).setArticleVersion(2).build());

    List<KeyValue<String, ClaimStatus>> out = driver.status.readKeyValuesToList();

    assertThat(out).hasSize(3).allSatisfy(kv -> assertThat(kv.key).isEqualTo(CLAIM));
    assertThat(out.get(1).value.getVerdict()).isEqualTo(Verdict.CONFIRMED);
    ClaimStatus last = out.get(2).value;
    assertThat(last.getCounts().getEvidence()).isEqualTo(2);
    assertThat(last.getDenyWeight()).isEqualTo(0.6);
    assertThat(last.getConfirmWeight()).isEqualTo(0.5);
    assertThat(last.getVerdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(last.getHistory()).hasSize(3);
    assertThat(driver.heard).extracting(kv -> kv.value)
        .containsExactlyElementsOf(out.stream().map(kv -> kv.value).toList());
  }

  @Test
  void shouldRemoveTheFactExactlyWhenItIsRetracted() {
    ClaimEvidence deny = fact("a3", KREMLIN, Stance.DENIES, 3).setParty(true).build();
    driver.pipe(fact("a1", AGENCY, Stance.CONFIRMS, 1).build(), fact("a2", POST, Stance.CONFIRMS, 2).build(), deny);
    driver.pipe(retract(deny, 2));

    List<ClaimStatus> out = driver.status.readValuesToList();

    assertThat(out).extracting(ClaimStatus::getVerdict)
        .containsExactly(Verdict.UNVERIFIED, Verdict.CONFIRMED, Verdict.DISPUTED, Verdict.CONFIRMED);
    assertThat(out.getLast().getCounts().getDenying()).isZero();
    assertThat(out.getLast().getSources()).extracting(s -> s.getKey()).doesNotContain("kremlin");
    assertThat(out.getLast().getScore()).isEqualTo(out.get(1).getScore());
  }

  @Test
  void shouldNotEmitWhenTheStatusDidNotChange() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    driver.pipe(confirm, confirm);
    driver.pipe(ClaimEvidence.newBuilder(confirm).setArticleVersion(2).setPublisher("Other desk").build());
    driver.pipe(retract(fact("zz", KREMLIN, Stance.DENIES, 1).build(), 1));

    assertThat(driver.status.readValuesToList()).hasSize(1);
    KeyValueStore<String, ClaimEvidence> routes = driver.driver.getKeyValueStore(AggregateTopology.ROUTE_STORE);
    assertThat(routes.get(FactIds.of(confirm)).getPublisher()).isEqualTo("Other desk");
  }

  @Test
  void shouldIgnoreAStaleOperationWhenANewerVersionStands() {
    ClaimEvidence v2 = fact("a1", POST, Stance.DENIES, 2).setArticleVersion(2).build();
    driver.pipe(v2, fact("a1", POST, Stance.CONFIRMS, 1).build(), retract(v2, 1));

    List<ClaimStatus> out = driver.status.readValuesToList();

    assertThat(out).hasSize(1);
    assertThat(driver.stored(CLAIM).getSources().getFirst().getStance()).isEqualTo(Stance.DENIES);
  }

  @Test
  void shouldPublishATombstoneAndDropTheStateWhenTheLastFactIsRetracted() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    driver.pipe(confirm);
    driver.pipe(retract(confirm, 2));

    List<KeyValue<String, ClaimStatus>> out = driver.status.readKeyValuesToList();

    assertThat(out).hasSize(2);
    assertThat(out.get(1).key).isEqualTo(CLAIM);
    assertThat(out.get(1).value).isNull();
    assertThat(driver.stored(CLAIM)).isNull();
    for (String store : List.of(AggregateTopology.FACT_STORE, AggregateTopology.ORIGIN_STORE,
        AggregateTopology.RANK_STORE, AggregateTopology.ARTICLE_STORE, AggregateTopology.TIME_STORE)) {
      KeyValueStore<Bytes, Object> kv = driver.driver.getKeyValueStore(store);
      assertThat(kv.approximateNumEntries()).as(store).isZero();
    }
  }

  @Test
  void shouldKeepClaimsApartWhenEvidenceOfSeveralClaimsInterleaves() {
    driver.pipe(fact("a1", POST, Stance.CONFIRMS, 1).build());
    driver.evidence.pipeInput("other", fact("a1", KREMLIN, Stance.DENIES, 2).setClaimId("other").build(),
        Facts.T0.plusSeconds(120));
    driver.settle();

    assertThat(driver.stored(CLAIM).getCounts().getDenying()).isZero();
    assertThat(driver.stored("other").getCounts().getDenying()).isEqualTo(1);
    assertThat(driver.status.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(CLAIM, "other");
  }

  @Test
  void shouldPublishOneStatusPerIntervalWhenABurstHitsOneClaim() {
    for (int i = 0; i < 30; i++) {
      driver.evidence.pipeInput(CLAIM, fact("a" + i, i % 2 == 0 ? POST : AGENCY, Stance.CONFIRMS, i).build(),
          Facts.T0.plusSeconds(i));
    }
    assertThat(driver.status.readValuesToList()).isEmpty();

    driver.settle();

    assertThat(driver.status.readValuesToList()).singleElement()
        .satisfies(s -> assertThat(s.getCounts().getEvidence()).isEqualTo(30));
  }

  @Test
  void shouldRegroupFactsByTheirFactIdentityWhateverTheRecordKey() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    driver.evidence.pipeInput("some-key", confirm, Facts.T0);
    driver.settle();
    driver.evidence.pipeInput("another-key", retract(confirm, 1), Facts.T0.plusSeconds(1));
    driver.settle();

    assertThat(driver.status.readValuesToList()).hasSize(2).last().isNull();
  }

  @Test
  void shouldSendEvidenceWithoutAValueToTheAvroDeadLetterTopicWhenItArrives() {
    driver.evidence.pipeInput(new TestRecord<>("broken", null, Facts.T0));
    driver.pipe(fact("a1", POST, Stance.CONFIRMS, 1).build());

    DeadLetter letter = driver.deadLetters.readValue();
    assertThat(letter.getReason()).isEqualTo("invalid");
    assertThat(letter.getKey()).isEqualTo("broken");
    assertThat(letter.getTopic()).isEqualTo(AggregateTopology.EVIDENCE_TOPIC);
    assertThat(driver.status.readValuesToList()).hasSize(1);
  }
}
