package io.claimwatch.aggregate.score;

import static io.claimwatch.aggregate.score.Facts.CLAIM;
import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimScorerTest {

  private static final Source POST = source("the washington post", SourceType.PUBLICATION);
  private static final Source KREMLIN = source("kremlin", SourceType.ORGANIZATION);
  private final ClaimScorer scorer = new ClaimScorer(ScoringConfig.DEFAULTS);

  @Test
  void shouldWordTheClaimByItsClosestMentionWhenOneArticlesFactsShareTheEarliestTime() {
    ClaimEvidence aside = Facts.fact("a1", Facts.source("aide", SourceType.PERSON), Stance.CONFIRMS, 0)
        .setClaimText("The leader is open to talks").setMentionSimilarity(0.61).build();
    ClaimEvidence report = Facts.fact("a1", Facts.source("wire", SourceType.PUBLICATION), Stance.CONFIRMS, 0)
        .setClaimText("Leader A and leader B spoke by phone").setMentionSimilarity(0.93).build();
    ClaimEvidence later = Facts.fact("a2", Facts.source("daily", SourceType.PUBLICATION), Stance.REPORTS, 5)
        .setClaimText("The two leaders held a call").setMentionSimilarity(0.99).build();

    assertThat(scorer.score(Facts.CLAIM, List.of(aside, report, later)).getText())
        .isEqualTo("Leader A and leader B spoke by phone");
  }

  @Test
  void shouldCountEchoesOfOneOriginOnceWhenOutletsRelayIt() {
    List<ClaimEvidence> facts = List.of(
        relay("tass", "tass", 1), relay("rt", "rt", 2), relay("kyiv", "kyiv independent", 3),
        relay("a4", "outlet four", 4), relay("a5", "outlet five", 5));

    ClaimStatus status = scorer.score(CLAIM, facts);

    assertThat(status.getCounts().getOrigins()).isEqualTo(1);
    assertThat(status.getCounts().getConfirming()).isEqualTo(1);
    assertThat(status.getCounts().getEvidence()).isEqualTo(5);
    assertThat(status.getCounts().getArticles()).isEqualTo(5);
    SourceContribution post = status.getSources().getFirst();
    assertThat(post.getKey()).isEqualTo("the washington post");
    assertThat(post.getOrigin()).isEqualTo("The Washington Post");
    assertThat(post.getRelayedBy()).containsExactly("Kyiv Independent", "Outlet Five", "Outlet Four", "Rt", "Tass");
    assertThat(post.getArticleIds()).containsExactly("a4", "a5", "kyiv", "rt", "tass");
    assertThat(status.getConfirmWeight()).isEqualTo(0.5);
    assertThat(status.getVerdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void shouldBeDisputedWithThePostAsOneOriginWhenRelayedReportMeetsPartyDenial() {
    List<ClaimEvidence> facts = List.of(
        relay("tass", "tass", 1), relay("rt", "rt", 2), relay("kyiv", "kyiv independent", 3),
        relay("a4", "outlet four", 4), relay("a5", "outlet five", 5),
        fact("tass", KREMLIN, Stance.DENIES, 1).setParty(true).build());

    ClaimStatus status = scorer.score(CLAIM, facts);

    assertThat(status.getVerdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(status.getCounts().getOrigins()).isEqualTo(2);
    assertThat(status.getSources()).extracting(SourceContribution::getKey)
        .containsExactly("kremlin", "the washington post");
    assertThat(status.getConfirmWeight()).isEqualTo(0.5);
    assertThat(status.getDenyWeight()).isEqualTo(1.0);
    assertThat(status.getScore()).isCloseTo((0.5 - 1.0) / (0.5 + 1.0 + 1.0), within(1e-12));
  }

  @Test
  void shouldTakeTheLatestStanceByEventTimeWhenAnOriginChangesItsMind() {
    Source ministry = source("ministry", SourceType.ORGANIZATION);
    List<ClaimEvidence> facts = List.of(
        fact("late", ministry, Stance.DENIES, 30).build(),
        fact("early", ministry, Stance.CONFIRMS, 10).build());

    SourceContribution only = scorer.score(CLAIM, facts).getSources().getFirst();

    assertThat(only.getStance()).isEqualTo(Stance.DENIES);
    assertThat(only.getQuote()).isEqualTo("Ministry on late");
    assertThat(only.getLastSeen()).isEqualTo(Facts.T0.plusSeconds(1800));
  }

  @Test
  void shouldKeepAnOriginsStanceWhenALaterRelayOnlyReportsIt() {
    List<ClaimEvidence> facts = List.of(
        fact("post", POST, Stance.CONFIRMS, 1).build(),
        fact("tass", source("tass", SourceType.PUBLICATION), Stance.REPORTS, 9).setOrigin(POST).build());

    assertThat(scorer.score(CLAIM, facts).getSources().getFirst().getStance()).isEqualTo(Stance.CONFIRMS);
  }

  @Test
  void shouldConfirmWhenTwoIndependentNamedOriginsConfirm() {
    ClaimStatus status = scorer.score(CLAIM, List.of(
        fact("a1", source("agency one", SourceType.ORGANIZATION), Stance.CONFIRMS, 1).build(),
        fact("a2", source("minister two", SourceType.PERSON), Stance.CONFIRMS, 2).build()));

    assertThat(status.getScore()).isCloseTo(1.2 / 2.2, within(1e-12));
    assertThat(status.getVerdict()).isEqualTo(Verdict.CONFIRMED);
  }

  @Test
  void shouldDenyWhenTwoIndependentOriginsDenyAndNobodyMateriallyConfirms() {
    ClaimStatus status = scorer.score(CLAIM, List.of(
        fact("a1", KREMLIN, Stance.DENIES, 1).setParty(true).build(),
        fact("a2", source("ministry", SourceType.ORGANIZATION), Stance.DENIES, 2).build(),
        fact("a3", source("officials", SourceType.ANONYMOUS), Stance.CONFIRMS, 3).build()));

    assertThat(status.getVerdict()).isEqualTo(Verdict.DENIED);
    assertThat(status.getScore()).isCloseTo((0.2 - 1.6) / (0.2 + 1.6 + 1.0), within(1e-12));
  }

  @Test
  void shouldStayUnverifiedWhenOnlyAnonymousSourcesTakeASide() {
    ClaimStatus status = scorer.score(CLAIM, List.of(
        fact("a1", source("officials", SourceType.ANONYMOUS), Stance.CONFIRMS, 1).build(),
        fact("a2", source("insiders", SourceType.ANONYMOUS), Stance.CONFIRMS, 2).build(),
        fact("a3", source("aides", SourceType.ANONYMOUS), Stance.CONFIRMS, 3).build(),
        fact("a4", source("diplomats", SourceType.ANONYMOUS), Stance.CONFIRMS, 4).build()));

    assertThat(status.getScore()).isPositive();
    assertThat(status.getVerdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void shouldStayUnverifiedWhenASingleOriginTakesASide() {
    ClaimStatus status = scorer.score(CLAIM, List.of(fact("a1", KREMLIN, Stance.CONFIRMS, 1).setParty(true).build()));

    assertThat(status.getScore()).isCloseTo(0.5, within(1e-12));
    assertThat(status.getVerdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void shouldNotDisputeWhenTheWeakerSideIsBelowTheDisputeRatio() {
    ClaimStatus status = scorer.score(CLAIM, List.of(
        fact("a1", source("one", SourceType.PUBLICATION), Stance.CONFIRMS, 1).setParty(true).build(),
        fact("a2", source("two", SourceType.PUBLICATION), Stance.CONFIRMS, 2).setParty(true).build(),
        fact("a3", source("three", SourceType.PERSON), Stance.CONFIRMS, 3).setParty(true).build(),
        fact("a4", source("four", SourceType.PUBLICATION), Stance.DENIES, 4).build()));

    // C = 3.0, D = 0.5: material, but 0.5 < 0.2 * 3.0 = 0.6, so not disputed
    assertThat(status.getVerdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(status.getScore()).isCloseTo(2.5 / 4.5, within(1e-12));
  }

  @Test
  void shouldStayUnverifiedWhenTheScoreIsBelowTheDecisiveThreshold() {
    ClaimStatus status = scorer.score(CLAIM, List.of(
        fact("a1", source("one", SourceType.PUBLICATION), Stance.CONFIRMS, 1).build(),
        fact("a2", source("anon", SourceType.ANONYMOUS), Stance.DENIES, 2).build()));

    assertThat(status.getScore()).isCloseTo(0.3 / 1.7, within(1e-12));
    assertThat(status.getVerdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void shouldUseConfiguredWeightsWhenTheyDifferFromTheDefaults() {
    ScoringConfig strictParty = new ScoringConfig(3.0, 0.6, 0.5, 0.2, 0.3, 1.0, 0.3, 0.5, 0.2, 2, 50);
    List<ClaimEvidence> facts = List.of(
        fact("a1", POST, Stance.CONFIRMS, 1).build(),
        fact("a2", KREMLIN, Stance.DENIES, 2).setParty(true).build());

    ClaimStatus status = new ClaimScorer(strictParty).score(CLAIM, facts);

    assertThat(status.getDenyWeight()).isEqualTo(3.0);
    assertThat(status.getVerdict()).isEqualTo(Verdict.DENIED);
  }

  private static ClaimEvidence relay(String articleId, String outlet, int minute) {
    return fact(articleId, source(outlet, SourceType.PUBLICATION), Stance.CONFIRMS, minute).setOrigin(POST).build();
  }
}
