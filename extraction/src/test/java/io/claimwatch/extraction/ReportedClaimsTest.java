package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A denial of reports or rumors is a DENIES of what they report, also when that is a short noun phrase. */
class ReportedClaimsTest {

  private static String claimOf(ArticleAnalysis analysis, FoundAttribution a) {
    Map<String, String> texts = analysis.claims().stream().collect(Collectors.toMap(FoundClaim::claimId, FoundClaim::text, (x, y) -> x));
    return a.claimId() == null ? null : texts.get(a.claimId());
  }

  /** The claim text of the article's first attribution, or of its first denial when {@code stance} is DENIES. */
  private static String claimOfFirst(String title, String body, StanceLabel stance) {
    ArticleAnalysis analysis = Analyses.analyze(title, body);
    FoundAttribution a = analysis.attributions().stream().filter(x -> stance == null || x.stance() == stance).findFirst().orElseThrow();
    return claimOf(analysis, a);
  }

  @Test
  void shouldDenyTheReportedEventWhenAHeadlineDeniesReportsOfIt() {
    ArticleAnalysis analysis = Analyses.analyze("Harbor police deny reports of pier collapse", "");
    FoundAttribution denial = analysis.attributions().stream().filter(a -> a.stance() == StanceLabel.DENIES).findFirst().orElseThrow();
    assertThat(denial.source().name()).isEqualTo("Harbor police");
    assertThat(claimOf(analysis, denial)).isEqualTo("pier collapse");
  }

  @Test
  void shouldDenyWhatTheRumorsSayWhenABodySentenceRejectsThem() {
    assertThat(claimOfFirst("Ferry news", "The ferry operator rejected rumors of a crew walkout at the northern terminal.",
        StanceLabel.DENIES)).isEqualTo("a crew walkout at the northern terminal");
  }

  @Test
  void shouldTakeTheNounPhraseBeforeATrailingFramingNounWhenItNamesTheEvent() {
    assertThat(claimOfFirst("Ferry news", "The ferry operator denied the night-service cancellation reports.", StanceLabel.DENIES))
        .isEqualTo("the night-service cancellation");
  }

  @Test
  void shouldMakeAHeadlinesBareNounPhraseTheNamedSourcesWhenItDeniesOrAnnouncesIt() {
    assertThat(claimOfFirst("Harbor Ferries denies plans to sell its fleet", "", null)).isEqualTo("Harbor Ferries' plans to sell its fleet");
    assertThat(claimOfFirst("Northland announces truce with the rebels", "", null)).isEqualTo("Northland's truce with the rebels");
  }

  @Test
  void shouldLeaveTheNounPhraseWhenTheSourceIsUnnamedOrThePhraseOpensWithAName() {
    assertThat(claimOfFirst("Officials deny truce with the rebels", "", null)).isEqualTo("truce with the rebels");
    assertThat(claimOfFirst("Harbor Ferries denies Roe-Holm merger talks", "", null)).isEqualTo("Roe-Holm merger talks");
  }
}
