package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A text whose opening noun phrase does not agree with its verb starts inside a phrase ({@link SubjectAgreement}). */
class SubjectAgreementTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict body(String text) {
    return SHAPE.judge(text, false);
  }

  @Test
  void shouldRejectATextWhenASingularNounOpensItBeforeAPluralVerb() {
    assertThat(body("a recent harbor poll think the fees are too high")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the ferry survey have shown a steady decline in riders")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("Lena Ortiz are planting trees along the pier")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectATextWhenAPluralNounOpensItBeforeASingularAuxiliary() {
    assertThat(body("dock workers was told to wait for the tide")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the harbor pilots is the best paid crew in the port")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepATextWhenSubjectAndVerbAgree() {
    assertThat(body("a recent harbor poll shows the fees are too high")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("dock workers were told to wait for the tide")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the women were told to wait for the tide")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepATextWhenTheVerbShowsNoNumber() {
    assertThat(body("the harbor poll put the mayor well ahead of her rival")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the ferry board would raise the fares in May")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepATextWhenTheSubjectMayTakeAPluralVerbOrHasAPreposition() {
    assertThat(body("the majority think the pier should stay open")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the number of ferry riders is falling every year")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the news is bad for the ferry company")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepATextWhenABaseFormNamesARoleBeforeAName() {
    assertThat(body("harbor pilot Ann Lee, a veteran skipper, waved at the crowd")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAPluralQuantifierPhraseWhenItsVerbEndsInS() {
    assertThat(body("many dock workers falls flat for one reason")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("many dock workers fall ill in winter")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
