package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A text that opens with an imperative asserts nothing ({@link Imperatives}). */
class ImperativesTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict body(String text) {
    return SHAPE.judge(text, false);
  }

  @Test
  void shouldRejectATextWhenItOpensWithALetImperative() {
    assertThat(body("Let the harbor board decide the fees")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("Let them build the new pier themselves")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectATextWhenACapitalizedVerbOpensItBeforeAnObjectPronoun() {
    assertThat(body("Tell me what the ferry fares will be next year")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("Give us a few more weeks to fix the dock")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepATextWhenItsFirstWordIsANameOrAProposal() {
    assertThat(body("Lee told me the ferry fares will rise next year")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Let's face it, the pier is lost")).isNotEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectABodyTextWhenItOpensWithAnEmphaticImperative() {
    assertThat(SHAPE.judge("Do be careful with the ferry fares", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("Do worry, the pier will stay closed", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
