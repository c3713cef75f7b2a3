package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RaisingAnalysisTest {

  @Test
  void shouldMakeTheHeadlineClaimXToVWhenTheHeadlineIsHearsay() {
    ArticleAnalysis a = Analyses.analyze("Toy maker said to buy rival for 40 million", "");
    assertThat(a.claims()).isNotEmpty();
    assertThat(a.claims().get(0).text()).isEqualTo("Toy maker to buy rival for 40 million");
    assertThat(a.attributions()).noneMatch(x -> x.sourceSpan() != null && x.sourceSpan().text().equals("Toy maker"));
  }

  @Test
  void shouldMakeTheSourceTheSubjectWhenTheHeadlineSaysXClaimsToHaveDoneIt() {
    ArticleAnalysis a = Analyses.analyze("Retired teacher claims to have walked across Wales", "");
    assertThat(a.claims()).isNotEmpty();
    assertThat(a.claims().get(0).text()).isEqualTo("Retired teacher has walked across Wales");
    List<FoundAttribution> sourced = a.attributions().stream().filter(x -> x.sourceSpan() != null).toList();
    assertThat(sourced).anyMatch(x -> x.sourceSpan().text().equals("Retired teacher")
        && a.claims().get(0).claimId().equals(x.claimId()));
  }

  @Test
  void shouldKeepTheNegatedCueAsTheSourcesStanceWhenXDoesNotClaimToV() {
    ArticleAnalysis a = Analyses.analyze("Local news", "The council did not claim to have balanced the budget.");
    List<FoundAttribution> sourced = a.attributions().stream().filter(x -> x.sourceSpan() != null).toList();
    assertThat(sourced).anyMatch(x -> x.sourceSpan().text().equals("The council"));
    assertThat(a.claims()).noneMatch(c -> c.text().contains("has balanced") && sourced.stream()
        .anyMatch(x -> c.claimId().equals(x.claimId()) && x.stance() == StanceLabel.CONFIRMS));
  }

  @Test
  void shouldMakeTheHeadlineAfterItsMediaLabelAClaimWhenItHasOne() {
    ArticleAnalysis a = Analyses.analyze("Watch: Lifeguard pulls swimmer from rip current", "");
    assertThat(a.claims()).extracting(FoundClaim::text).contains("Lifeguard pulls swimmer from rip current");
  }

  @Test
  void shouldAttributeTheContentBeforeTheSourceWhenAReadMoreLinkFollows() {
    ArticleAnalysis a = Analyses.analyze("Museum will reopen in spring, a curator says Read more at example.org: link", "");
    assertThat(a.attributions()).anyMatch(x -> x.sourceSpan() != null && x.sourceSpan().text().equals("a curator")
        && x.content().text().equals("Museum will reopen in spring"));
  }

  @Test
  void shouldStateTheDeniedClaimWithTheSourceAsSubjectAndKeepTheDenialWhenXDeniesItDidSomething() {
    ArticleAnalysis a = Analyses.analyze("Local news", "The water board denies it has raised the fees.");
    FoundAttribution x = a.attributions().stream().filter(f -> f.sourceSpan() != null).findFirst().orElseThrow();
    FoundClaim claim = a.claims().stream().filter(c -> c.claimId().equals(x.claimId())).findFirst().orElseThrow();
    assertThat(claim.text()).isEqualTo("The water board has raised the fees");
    assertThat(x.stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldNotReadACueAfterAPrepositionAsAVerbWhenItModifiesANoun() {
    ArticleAnalysis a = Analyses.analyze("Fishing boats return to port despite reported storm warnings", "");
    assertThat(a.attributions()).noneMatch(x -> x.sourceSpan() != null);
    assertThat(a.claims()).extracting(FoundClaim::text).anyMatch(t -> t.startsWith("Fishing boats return to port"));
  }

  @Test
  void shouldTakeTheContentBeforeTheSourceWhenOnlyACircumstanceFollowsTheCue() {
    FoundAttribution x = Analyses.only("The levee will hold, the county engineer told reporters, amid rising water.");
    assertThat(x.content().text()).isEqualTo("The levee will hold");
    assertThat(x.sourceSpan().text()).isEqualTo("the county engineer");
  }
}
