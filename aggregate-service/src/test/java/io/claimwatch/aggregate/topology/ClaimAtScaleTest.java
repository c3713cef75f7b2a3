package io.claimwatch.aggregate.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.FactIds;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.aggregate.score.SizeBounds;
import io.claimwatch.aggregate.score.StatusBounds;
import io.claimwatch.aggregate.score.StatusComparison;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One claim carrying 100,000 facts (from 100,000 articles, 400 origins relayed by 300 outlets), then 10,000
 * retractions and 10,000 stance changes: the status and every store record stay under the documented bounds
 * ({@link SizeBounds}), and the status equals the one {@link ClaimScorer} computes from scratch at every checkpoint.
 */
class ClaimAtScaleTest {

  private static final String CLAIM = "c-story";
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final int FACTS = Integer.getInteger("aggregate.scale.facts", 100_000);
  private static final SourceType[] TYPES = SourceType.values();

  private final ClaimScorer scorer = new ClaimScorer(ScoringConfig.DEFAULTS);
  private final AggregateDriver driver = new AggregateDriver(scorer);
  private final Random random = new Random(20_261_201L);
  private final Map<String, ClaimEvidence> standing = new LinkedHashMap<>();
  private int largestInput;
  private int sent;

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldStayUnderTheBoundAndEqualTheScoreFromScratchWhenOneClaimCarries100kFacts() {
    for (int i = 0; i < FACTS; i++) {
      send(fact(i, 1, randomStance()));
      if ((i + 1) % 25_000 == 0) {
        assertEqualsScratch();
      }
    }
    List<ClaimEvidence> facts = new ArrayList<>(standing.values());
    for (int i = 0; i < 10_000; i++) {
      ClaimEvidence victim = facts.get(random.nextInt(facts.size()));
      ClaimEvidence current = standing.get(FactIds.of(victim));
      if (current != null) {
        send(ClaimEvidence.newBuilder(current).setOp(EvidenceOp.RETRACT).build());
      }
      ClaimEvidence changed = facts.get(random.nextInt(facts.size()));
      if (standing.containsKey(FactIds.of(changed))) {
        send(ClaimEvidence.newBuilder(changed).setStance(randomStance()).setArticleVersion(3)
            .setEventTime(changed.getEventTime().plusSeconds(random.nextInt(3_600))).build());
      }
    }
    ClaimStatus status = assertEqualsScratch();

    assertThat(status.getCounts().getEvidence()).isEqualTo(standing.size()).isGreaterThan(FACTS / 4);
    assertThat(status.getSources()).hasSize(StatusBounds.DEFAULTS.topSources());
    long statusBound = SizeBounds.status(StatusBounds.DEFAULTS, ScoringConfig.DEFAULTS.historyLimit(),
        SizeBounds.MAX_ID_CHARS);
    assertThat(statusBound).isLessThan(1_048_576 / 4);
    assertThat((long) bytes(AggregateTopology.STATUS_TOPIC, driver.serdes.status().serializer(), status)).isLessThanOrEqualTo(statusBound);
    assertStoreValuesAtMost(AggregateTopology.FACT_STORE, "store", StoreCodecs.facts().serializer(),
        SizeBounds.fact(StatusBounds.DEFAULTS, SizeBounds.MAX_ID_CHARS));
    assertStoreValuesAtMost(AggregateTopology.ORIGIN_STORE, "store", StoreCodecs.origins().serializer(),
        SizeBounds.origin(StatusBounds.DEFAULTS, SizeBounds.MAX_ID_CHARS));
    assertStoreValuesAtMost(AggregateTopology.SUMMARY_STORE, "store", StoreCodecs.summaries().serializer(),
        SizeBounds.summary(StatusBounds.DEFAULTS, SizeBounds.MAX_ID_CHARS));
    assertStoreValuesAtMost(AggregateTopology.STATUS_STORE, AggregateTopology.STATUS_TOPIC, driver.serdes.status().serializer(), statusBound);
    assertStoreValuesAtMost(AggregateTopology.ROUTE_STORE, AggregateTopology.EVIDENCE_TOPIC, driver.serdes.evidence().serializer(), largestInput);
    assertStoreValuesAtMost(AggregateTopology.FACTS_TABLE, AggregateTopology.EVIDENCE_TOPIC, driver.serdes.evidence().serializer(), largestInput);
  }

  private ClaimStatus assertEqualsScratch() {
    driver.settle();
    ClaimStatus stored = driver.stored(CLAIM);
    ClaimStatus scratch = scorer.score(CLAIM, standing.values());
    assertThat(StatusComparison.withoutHistory(stored)).isEqualTo(StatusComparison.withoutHistory(scratch));
    return stored;
  }

  private void send(ClaimEvidence evidence) {
    String id = FactIds.of(evidence);
    if (evidence.getOp() == EvidenceOp.RETRACT) {
      standing.remove(id);
    } else {
      standing.put(id, evidence);
    }
    largestInput = Math.max(largestInput, bytes(AggregateTopology.EVIDENCE_TOPIC, driver.serdes.evidence().serializer(), evidence));
    driver.evidence.pipeInput(CLAIM, evidence, evidence.getEventTime());
    if (++sent % 100 == 0) {
      driver.settle();
    }
    if (sent % 1_000 == 0) {
      driver.dropCaptured(); // the driver keeps every record it produced, changelogs included
    }
  }

  private ClaimEvidence fact(int i, int version, Stance stance) {
    int originIndex = random.nextInt(400);
    Source origin = Source.newBuilder().setKey("origin-" + originIndex).setName("Origin " + originIndex)
        .setType(TYPES[originIndex % TYPES.length]).build();
    boolean relayed = random.nextInt(4) != 0;
    int relayer = random.nextInt(300);
    Source source = relayed ? Source.newBuilder().setKey("outlet-" + relayer).setName("Outlet " + relayer)
        .setType(SourceType.PUBLICATION).build() : origin;
    String article = "https://news.example/story/" + i;
    return ClaimEvidence.newBuilder()
        .setClaimId(CLAIM)
        .setArticleId(article)
        .setArticleVersion(version)
        .setOp(EvidenceOp.UPSERT)
        .setSource(source)
        .setOrigin(relayed ? origin : null)
        .setStance(stance)
        .setParty(originIndex % 37 == 0)
        .setClaimText("The harbour bridge will close for repairs (wording " + i % 17 + ")")
        .setQuote("Quote number " + i + " from " + source.getName())
        .setArticleUrl(article)
        .setEventTime(T0.plusSeconds(i / 3))
        .setIngestedAt(T0.plusSeconds(i / 3 + 2))
        .build();
  }

  private Stance randomStance() {
    int roll = random.nextInt(10);
    return roll < 4 ? Stance.CONFIRMS : roll < 6 ? Stance.DENIES : Stance.REPORTS;
  }

  private <K, V> void assertStoreValuesAtMost(String name, String topic, Serializer<V> serializer, long bound) {
    KeyValueStore<K, V> store = driver.driver.getKeyValueStore(name);
    long largest = 0;
    long count = 0;
    try (KeyValueIterator<K, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<K, V> next = all.next();
        largest = Math.max(largest, bytes(topic, serializer, next.value));
        count++;
      }
    }
    assertThat(count).as(name + " entries").isPositive();
    assertThat(largest).as("largest " + name + " value").isLessThanOrEqualTo(bound);
  }

  private static <V> int bytes(String topic, Serializer<V> serializer, V value) {
    return serializer.serialize(topic, value).length;
  }
}
