package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Through the analyzer: a negation inside the content stays in the claim text, a source's own denial becomes a DENIES
 * of the positive proposition, and the claim text and the stance agree on which it is.
 */
class NegationKeptStanceTest {
  private static List<Tuple> claimsAndStances(String body) {
    ArticleAnalysis a = Analyses.analyze("Harbor news", body);
    Map<String, String> text = new HashMap<>();
    a.claims().forEach(c -> text.put(c.claimId(), c.text()));
    return a.attributions().stream().filter(x -> x.sourceSpan() != null)
        .map(x -> new Tuple(text.get(x.claimId()), x.stance())).toList();
  }

  @Test
  void shouldDenyThePositiveWhenTheSourceSaysItHadNotDoneIt() {
    assertThat(claimsAndStances("Lena Ortiz said she had not spoken with the ferry operators."))
        .containsExactly(new Tuple("Lena Ortiz had spoken with the ferry operators", StanceLabel.DENIES));
  }

  @Test
  void shouldConfirmANegatedInfinitiveWhenAnOutletReportsIt() {
    assertThat(claimsAndStances("The Gazette said Mayor Vos urged the council not to sell the pier."))
        .extracting(t -> t.toList().get(1)).containsExactly(StanceLabel.CONFIRMS);
    assertThat(claimsAndStances("The Gazette said Mayor Vos urged the council not to sell the pier."))
        .extracting(t -> (String) t.toList().get(0)).allMatch(s -> s.contains("not to sell the pier"));
  }

  @Test
  void shouldTakeNoSideWhenTheSourceNeitherConfirmsNorDenies() {
    assertThat(claimsAndStances("Lena Ortiz neither confirmed nor denied that the pier would be sold."))
        .extracting(t -> t.toList().get(1)).doesNotContain(StanceLabel.CONFIRMS, StanceLabel.DENIES);
  }

  @Test
  void shouldDenyThePositiveWhenAQuoteOpensWithButBeforeItsNegatedClause() {
    // the content's clause starts at its subject: claim text and stance both see the main-verb negation
    assertThat(claimsAndStances("\"But the old pier is not for sale,\" Lena Ortiz said."))
        .containsExactly(new Tuple("the old pier is for sale", StanceLabel.DENIES));
  }

  @Test
  void shouldDenyThePositiveWhenAQuoteOpensWithAndBeforeAContractedSubject() {
    // "they're" is the subject with its auxiliary: the stance must see the main-verb negation the claim text drops
    assertThat(claimsAndStances("\"And they're not selling the old pier,\" Lena Ortiz said."))
        .containsExactly(new Tuple("they're selling the old pier", StanceLabel.DENIES));
  }

  @Test
  void shouldDenyThePositiveWhenAConfirmationCueIntroducesANegatedClause() {
    // "acknowledged" confirms the negative: the claim text drops the negation, so the stance must be a DENIES
    assertThat(claimsAndStances("Lena Ortiz acknowledged the ferry would not sail to the island."))
        .containsExactly(new Tuple("the ferry would sail to the island", StanceLabel.DENIES));
  }

  @Test
  void shouldKeepANegatedWhichAsideInTheConfirmedClaim() {
    assertThat(claimsAndStances("Lena Ortiz said the council sold the old pier, which was not a wise move."))
        .containsExactly(new Tuple("the council sold the old pier, which was not a wise move", StanceLabel.CONFIRMS));
  }
}
