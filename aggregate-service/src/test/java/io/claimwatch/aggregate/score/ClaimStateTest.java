package io.claimwatch.aggregate.score;

import static io.claimwatch.aggregate.score.Facts.CLAIM;
import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.retract;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.ScorePoint;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.Verdict;
import org.junit.jupiter.api.Test;

class ClaimStateTest {

  private static final Source POST = source("the washington post", SourceType.PUBLICATION);
  private static final Source KREMLIN = source("kremlin", SourceType.ORGANIZATION);
  private static final Source AGENCY = source("agency", SourceType.ORGANIZATION);
  private final ClaimScorer scorer = new ClaimScorer(ScoringConfig.DEFAULTS);

  @Test
  void shouldRestoreThePreviousStatusWhenTheDenialIsRetracted() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    ClaimEvidence confirm2 = fact("a2", AGENCY, Stance.CONFIRMS, 2).build();
    ClaimEvidence deny = fact("a3", KREMLIN, Stance.DENIES, 3).setParty(true).build();
    ClaimState state = applyAll(ClaimState.empty(), confirm, confirm2);
    ClaimStatus before = state.status();

    ClaimState disputed = applyAll(state, deny);
    ClaimState.Transition retracted = disputed.apply(CLAIM, retract(deny, 2), scorer);

    assertThat(disputed.status().getVerdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(before.getVerdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(retracted.change()).isInstanceOf(StatusChange.Updated.class);
    assertThat(StatusComparison.sameIgnoringHistory(retracted.state().status(), before)).isTrue();
    assertThat(retracted.state().facts()).containsExactlyInAnyOrder(confirm, confirm2);
  }

  @Test
  void shouldReplaceTheFactWhenTheSameArticleAndSourceIsUpdated() {
    ClaimEvidence v1 = fact("a1", AGENCY, Stance.CONFIRMS, 1).build();
    ClaimEvidence v2 = fact("a1", AGENCY, Stance.DENIES, 1).setArticleVersion(2).build();

    ClaimState state = applyAll(ClaimState.empty(), v1, v2);

    assertThat(state.facts()).containsExactly(v2);
    assertThat(state.status().getCounts().getEvidence()).isEqualTo(1);
    assertThat(state.status().getSources().getFirst().getStance()).isEqualTo(Stance.DENIES);
  }

  @Test
  void shouldIgnoreEvidenceWhenItCarriesAnOlderArticleVersion() {
    ClaimEvidence v2 = fact("a1", AGENCY, Stance.DENIES, 1).setArticleVersion(2).build();
    ClaimState state = applyAll(ClaimState.empty(), v2);

    ClaimState.Transition stale = state.apply(CLAIM, fact("a1", AGENCY, Stance.CONFIRMS, 1).build(), scorer);

    assertThat(stale.change()).isInstanceOf(StatusChange.Unchanged.class);
    assertThat(stale.state().facts()).containsExactly(v2);
  }

  @Test
  void shouldNotPublishWhenTheSameEvidenceArrivesTwice() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    ClaimState state = applyAll(ClaimState.empty(), confirm);

    ClaimState.Transition again = state.apply(CLAIM, confirm, scorer);

    assertThat(again.change()).isInstanceOf(StatusChange.Unchanged.class);
    assertThat(again.state().status()).isEqualTo(state.status());
  }

  @Test
  void shouldNotPublishWhenAChangedFactLeavesTheStatusAsItWas() {
    ClaimEvidence first = fact("a1", POST, Stance.CONFIRMS, 5).build();
    ClaimState state = applyAll(ClaimState.empty(), first);

    ClaimState.Transition republished = state.apply(CLAIM, ClaimEvidence.newBuilder(first)
        .setArticleVersion(2).setPublisher("Renamed Publisher").setConfidence(0.9).build(), scorer);

    assertThat(republished.change()).isInstanceOf(StatusChange.Unchanged.class);
    assertThat(republished.state().facts()).extracting(ClaimEvidence::getArticleVersion).containsExactly(2);
  }

  @Test
  void shouldPublishATombstoneWhenTheLastFactIsRetracted() {
    ClaimEvidence confirm = fact("a1", POST, Stance.CONFIRMS, 1).build();
    ClaimState state = applyAll(ClaimState.empty(), confirm);

    ClaimState.Transition gone = state.apply(CLAIM, retract(confirm, 2), scorer);

    assertThat(gone.change()).isInstanceOf(StatusChange.Removed.class);
    assertThat(gone.state().isEmpty()).isTrue();
    assertThat(gone.state().status()).isNull();
  }

  @Test
  void shouldIgnoreARetractionWhenNoSuchFactStands() {
    ClaimState.Transition nothing =
        ClaimState.empty().apply(CLAIM, retract(fact("a1", POST, Stance.CONFIRMS, 1).build(), 2), scorer);

    assertThat(nothing.change()).isInstanceOf(StatusChange.Unchanged.class);
    assertThat(nothing.state().isEmpty()).isTrue();
  }

  @Test
  void shouldRecordTheArticleThatMovedTheScoreAndBoundTheHistoryWhenManyChangesArrive() {
    ScoringConfig shortHistory = new ScoringConfig(1.0, 0.6, 0.5, 0.2, 0.3, 1.0, 0.3, 0.5, 0.2, 2, 3);
    ClaimScorer scorer = new ClaimScorer(shortHistory);
    ClaimState state = ClaimState.empty();
    for (int i = 0; i < 6; i++) {
      state = state.apply(CLAIM, fact("a" + i, source("outlet " + i, SourceType.PUBLICATION), Stance.CONFIRMS, i)
          .build(), scorer).state();
    }

    assertThat(state.status().getHistory()).hasSize(3)
        .extracting(ScorePoint::getArticleId).containsExactly("a3", "a4", "a5");
    ScorePoint last = state.status().getHistory().getLast();
    assertThat(last.getScore()).isEqualTo(state.status().getScore());
    assertThat(last.getAt()).isEqualTo(Facts.T0.plusSeconds(300));
    assertThat(state.status().getUpdatedAt()).isEqualTo(Facts.T0.plusSeconds(300));
    assertThat(state.status().getLastIngestedAt()).isEqualTo(Facts.T0.plusSeconds(305));
  }

  private ClaimState applyAll(ClaimState state, ClaimEvidence... evidence) {
    for (ClaimEvidence e : evidence) {
      state = state.apply(CLAIM, e, scorer).state();
    }
    return state;
  }
}
