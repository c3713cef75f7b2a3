package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceRulesTest {

  @Test
  void shouldDenyWhenSourceDenies() {
    FoundAttribution a = only("The port authority denied that the ferry company was sold.");
    assertThat(a.stance()).isEqualTo(StanceLabel.DENIES);
    assertThat(a.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void shouldConfirmWhenSourceConfirms() {
    assertThat(only("The port authority confirmed that the ferry company was sold.").stance()).isEqualTo(StanceLabel.CONFIRMS);
  }

  @Test
  void shouldReportNotConfirmWhenConfirmationIsNegated() {
    assertThat(only("The port authority did not confirm that the ferry company was sold.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenSourceDeclinedToConfirm() {
    assertThat(only("The port authority declined to confirm that the ferry company was sold.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenNeitherConfirmedNorDenied() {
    assertThat(only("The port authority neither confirmed nor denied that the ferry company was sold.").stance())
        .isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportNotDenyWhenDenialIsNegated() {
    assertThat(only("The port authority did not deny that the ferry company was sold.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldDenyWhenContentIsNegated() {
    FoundAttribution a = only("Mayor Lena Ortiz told Channel Nine that she had not yet met the governor.");
    assertThat(a.stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyWhenContentCallsAReportFalse() {
    assertThat(only("The council said that reports of a merger are false.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldReportWhenCueIsHedged() {
    assertThat(only("Ortiz reportedly said the bridge will close.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenSourceOnlyAlleges() {
    assertThat(only("A neighbor alleged that the mayor resigned.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldConfirmWhenSourceAssertsPlainly() {
    assertThat(only("Ortiz said the bridge closed on Monday.").stance()).isEqualTo(StanceLabel.CONFIRMS);
  }

  @Test
  void shouldReportWhenArticleItselfHedgesItsLeadStatement() {
    ArticleAnalysis r = Analyses.analyze("Mayor reportedly resigned after the vote", "The council met on Friday evening in the old town hall.");
    FoundAttribution lead = r.attributions().stream().filter(a -> a.sourceSpan() == null).findFirst().orElseThrow();
    assertThat(lead.source().name()).isEqualTo("Harbor Gazette");
    assertThat(lead.stance()).isEqualTo(StanceLabel.REPORTS);
  }
}
