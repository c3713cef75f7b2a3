package io.claimwatch.aggregate.topology;

import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.aggregate.score.StatusComparison;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Facts that name their mention follow {@code news.claims.mentions}: they wait for an assignment, join the claim it
 * names, and move exactly when the mention moves (a merge), so both claims equal a recomputation from scratch.
 */
class MentionRegroupTest {

  private static final Instant T0 = Instant.parse("2026-04-02T08:00:00Z");
  private static final Source HARBOUR = source("harbour authority", SourceType.ORGANIZATION);
  private static final Source GAZETTE = source("coast gazette", SourceType.PUBLICATION);
  private static final Source UNION = source("dockers union", SourceType.ORGANIZATION);
  private static final Source MAYOR = source("mayor", SourceType.PERSON);

  private final ClaimScorer scorer = new ClaimScorer(ScoringConfig.DEFAULTS);
  private final AggregateDriver driver = new AggregateDriver(scorer);

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldWaitForTheAssignmentWhenAFactNamesAMentionWithoutOne() {
    ClaimEvidence fact = fact("a1#0", HARBOUR, null, Stance.CONFIRMS, 1);
    driver.pipe(fact);

    assertThat(driver.status.readValuesToList()).isEmpty();

    driver.assign("a1#0", "claim-a", T0.plusSeconds(5));

    assertThat(driver.latestStatuses()).containsOnlyKeys("claim-a");
    assertEqualsScratch("claim-a", List.of(fact));
  }

  @Test
  void shouldMoveAMentionsFactsExactlyWhenTheMentionMovesToAnotherClaim() {
    ClaimEvidence a1Harbour = fact("a1#0", HARBOUR, null, Stance.CONFIRMS, 1);
    ClaimEvidence a1Gazette = fact("a1#0", GAZETTE, HARBOUR, Stance.REPORTS, 1);
    ClaimEvidence a2Union = fact("a2#0", UNION, null, Stance.DENIES, 2);
    ClaimEvidence a2Mayor = fact("a2#0", MAYOR, null, Stance.CONFIRMS, 2);
    ClaimEvidence b1Union = fact("b1#0", UNION, null, Stance.CONFIRMS, 3);
    driver.assign("a1#0", "claim-a", T0);
    driver.assign("a2#0", "claim-a", T0);
    driver.assign("b1#0", "claim-b", T0);
    driver.pipe(a1Harbour, a1Gazette, a2Union, a2Mayor, b1Union);

    assertEqualsScratch("claim-a", List.of(a1Harbour, a1Gazette, a2Union, a2Mayor));
    assertEqualsScratch("claim-b", List.of(b1Union));

    driver.assign("a2#0", "claim-b", T0.plusSeconds(600));

    assertEqualsScratch("claim-a", List.of(a1Harbour, a1Gazette));
    assertEqualsScratch("claim-b", List.of(b1Union, a2Union, a2Mayor));
    assertThat(driver.stored("claim-b").getCounts().getOrigins()).isEqualTo(2);

    driver.assign("a1#0", "claim-b", T0.plusSeconds(700));
    driver.merges.pipeInput(new TestRecord<>("claim-a", new ClaimMerge("claim-a", "claim-b", 0.91, 2,
        T0.plusSeconds(700)), T0.plusSeconds(700)));
    driver.settle();

    Map<String, ClaimStatus> latest = driver.latestStatuses();
    assertThat(latest).containsEntry("claim-a", null);
    assertThat(driver.stored("claim-a")).isNull();
    assertEqualsScratch("claim-b", List.of(b1Union, a2Union, a2Mayor, a1Harbour, a1Gazette));
    KeyValueStore<String, Object> merges = driver.driver.getKeyValueStore(AggregateTopology.MERGE_STORE);
    assertThat(merges.get("claim-a")).isNotNull();
  }

  @Test
  void shouldRemoveAMentionsFactsWhenItsAssignmentIsTombstoned() {
    ClaimEvidence kept = fact("a1#0", HARBOUR, null, Stance.CONFIRMS, 1);
    ClaimEvidence dropped = fact("a2#0", UNION, null, Stance.DENIES, 2);
    driver.assign("a1#0", "claim-a", T0);
    driver.assign("a2#0", "claim-a", T0);
    driver.pipe(kept, dropped);

    driver.mentions.pipeInput(new TestRecord<>("a2#0", null, T0.plusSeconds(60)));
    driver.settle();

    assertEqualsScratch("claim-a", List.of(kept));
  }

  @Test
  void shouldFollowAFactUpdateAndRetractionWhenItsMentionIsAssigned() {
    ClaimEvidence v1 = fact("a1#0", HARBOUR, null, Stance.CONFIRMS, 1);
    ClaimEvidence other = fact("a2#0", UNION, null, Stance.DENIES, 2);
    driver.assign("a1#0", "claim-a", T0);
    driver.assign("a2#0", "claim-a", T0);
    driver.pipe(v1, other);
    ClaimEvidence v2 = ClaimEvidence.newBuilder(v1).setStance(Stance.DENIES).setArticleVersion(2).build();
    driver.pipe(v2);

    assertEqualsScratch("claim-a", List.of(v2, other));

    driver.pipe(ClaimEvidence.newBuilder(v2).setOp(EvidenceOp.RETRACT).build());

    assertEqualsScratch("claim-a", List.of(other));
  }

  private void assertEqualsScratch(String claimId, List<ClaimEvidence> facts) {
    List<ClaimEvidence> assigned = new ArrayList<>();
    for (ClaimEvidence fact : facts) {
      assigned.add(ClaimEvidence.newBuilder(fact).setClaimId(claimId).build());
    }
    ClaimStatus stored = driver.stored(claimId);
    assertThat(stored).as("status of " + claimId).isNotNull();
    assertThat(StatusComparison.withoutHistory(stored))
        .isEqualTo(StatusComparison.withoutHistory(scorer.score(claimId, assigned)));
  }

  /** A fact of mention {@code mentionId} (article = the part before '#'); claimId is the mention id, as enrich sets it. */
  private static ClaimEvidence fact(String mentionId, Source source, Source origin, Stance stance, int minute) {
    String article = mentionId.split("#")[0];
    return ClaimEvidence.newBuilder()
        .setClaimId(mentionId)
        .setMentionId(mentionId)
        .setArticleId(article)
        .setArticleVersion(1)
        .setOp(EvidenceOp.UPSERT)
        .setSource(source)
        .setOrigin(origin)
        .setStance(stance)
        .setClaimText("The ferry terminal reopens on Monday")
        .setQuote(source.getName() + " in " + article)
        .setArticleUrl("https://coast.example/" + article)
        .setEventTime(T0.plusSeconds(60L * minute))
        .setIngestedAt(T0.plusSeconds(60L * minute + 3))
        .build();
  }
}
