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

  @Test
  void shouldDenyTheReportedEventWhenAHeadlineDeniesReportsOfIt() {
    ArticleAnalysis analysis = Analyses.analyze("Harbor police deny reports of pier collapse", "");
    FoundAttribution denial = analysis.attributions().stream().filter(a -> a.stance() == StanceLabel.DENIES).findFirst().orElseThrow();
    assertThat(denial.source().name()).isEqualTo("Harbor police");
    assertThat(claimOf(analysis, denial)).isEqualTo("pier collapse");
  }

  @Test
  void shouldDenyWhatTheRumorsSayWhenABodySentenceRejectsThem() {
    ArticleAnalysis analysis = Analyses.analyze("Ferry news", "The ferry operator rejected rumors of a crew walkout at the northern terminal.");
    FoundAttribution denial = analysis.attributions().stream().filter(a -> a.stance() == StanceLabel.DENIES).findFirst().orElseThrow();
    assertThat(claimOf(analysis, denial)).isEqualTo("a crew walkout at the northern terminal");
  }

  @Test
  void shouldTakeTheNounPhraseBeforeATrailingFramingNounWhenItNamesTheEvent() {
    ArticleAnalysis analysis = Analyses.analyze("Ferry news", "The ferry operator denied the night-service cancellation reports.");
    FoundAttribution denial = analysis.attributions().stream().filter(a -> a.stance() == StanceLabel.DENIES).findFirst().orElseThrow();
    assertThat(claimOf(analysis, denial)).isEqualTo("the night-service cancellation");
  }

  @Test
  void shouldMakeAHeadlinesBareNounPhraseTheNamedSourcesWhenItDeniesOrAnnouncesIt() {
    ArticleAnalysis denial = Analyses.analyze("Harbor Ferries denies plans to sell its fleet", "");
    assertThat(claimOf(denial, denial.attributions().get(0))).isEqualTo("Harbor Ferries' plans to sell its fleet");
    ArticleAnalysis truce = Analyses.analyze("Northland announces truce with the rebels", "");
    assertThat(claimOf(truce, truce.attributions().get(0))).isEqualTo("Northland's truce with the rebels");
  }

  @Test
  void shouldLeaveTheNounPhraseWhenTheSourceIsUnnamedOrThePhraseOpensWithAName() {
    ArticleAnalysis analysis = Analyses.analyze("Officials deny truce with the rebels", "");
    assertThat(claimOf(analysis, analysis.attributions().get(0))).isEqualTo("truce with the rebels");
    ArticleAnalysis named = Analyses.analyze("Harbor Ferries denies Roe-Holm merger talks", "");
    assertThat(claimOf(named, named.attributions().get(0))).isEqualTo("Roe-Holm merger talks");
  }
}
