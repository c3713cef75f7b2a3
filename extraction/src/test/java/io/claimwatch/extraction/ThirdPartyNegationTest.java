package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A negated main verb is the source's denial only when the negated clause is about the source (or whom it speaks for);
 * what a third party did not do is reported with the negation in the claim text.
 */
class ThirdPartyNegationTest {
  private static List<Tuple> claimsAndStances(String body) {
    ArticleAnalysis a = Analyses.analyze("Local news", body);
    Map<String, String> text = new HashMap<>();
    a.claims().forEach(c -> text.put(c.claimId(), c.text()));
    return a.attributions().stream().filter(x -> x.sourceSpan() != null)
        .map(x -> new Tuple(text.get(x.claimId()), x.stance())).toList();
  }

  @Test
  void shouldConfirmTheNegatedConjunctWhenItsSubjectIsAThirdParty() {
    assertThat(claimsAndStances("Two people familiar with the matter said the harbor officials were informed and did not object."))
        .containsExactly(new Tuple("the harbor officials were informed", StanceLabel.CONFIRMS),
            new Tuple("the harbor officials did not object", StanceLabel.CONFIRMS));
  }

  @Test
  void shouldConfirmANegatedPronounConjunctWhenTheSentenceOpensWithAThirdParty() {
    assertThat(claimsAndStances("The Gazette said the Harbor Board had received the plan and it did not object to it."))
        .containsExactly(new Tuple("the Harbor Board had received the plan", StanceLabel.CONFIRMS),
            new Tuple("it did not object to it", StanceLabel.CONFIRMS));
  }

  @Test
  void shouldDenyANegatedPronounConjunctWhenTheSentenceOpensWithTheSourceItself() {
    assertThat(claimsAndStances("The Gazette said it received the letter and it did not publish it."))
        .extracting(t -> t.toList().get(1)).contains(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyThePositiveWhenAPersonSaysANamedOtherDidNotAct() {
    // a person may speak for whom she names: without an alias table saying otherwise it is her denial
    assertThat(claimsAndStances("Lena Ortiz said Vos had not signed the lease."))
        .containsExactly(new Tuple("Vos had signed the lease", StanceLabel.DENIES));
  }

  @Test
  void shouldConfirmTheNegativeClaimWhenAnonymousSourcesSayANamedOtherDidNotAct() {
    assertThat(claimsAndStances("Two people familiar with the matter said Vos had not signed the lease."))
        .containsExactly(new Tuple("Vos had not signed the lease", StanceLabel.CONFIRMS));
  }

  @Test
  void shouldConfirmTheNegativeClaimWhenAnOutletReportsIt() {
    assertThat(claimsAndStances("The Gazette reported that Mayor Ortiz had not signed the lease."))
        .extracting(t -> t.toList().get(1)).containsExactly(StanceLabel.CONFIRMS);
  }

  @Test
  void shouldDenyThePositiveWhenTheSourceSpeaksAboutItself() {
    assertThat(claimsAndStances("Lena Ortiz said she had not signed the lease."))
        .containsExactly(new Tuple("Lena Ortiz had signed the lease", StanceLabel.DENIES));
  }

  @Test
  void shouldDenyThePositiveWhenTheOutletSpeaksAboutItself() {
    assertThat(claimsAndStances("The Gazette said the Gazette had not received the letter."))
        .extracting(t -> t.toList().get(1)).containsExactly(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyThePositiveWhenTheSubjectIsNoAgent() {
    assertThat(claimsAndStances("Lena Ortiz said the sale did not take place."))
        .containsExactly(new Tuple("the sale did take place", StanceLabel.DENIES));
  }
}
