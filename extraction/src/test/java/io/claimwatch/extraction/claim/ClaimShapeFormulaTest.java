package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** Thanks and "Believe me" are speech acts, not claims; a clause about thanks is still one. */
class ClaimShapeFormulaTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  @Test
  void shouldRejectThanksWhenAddressedOrNot() {
    assertThat(SHAPE.judge("Mayor Lee, thank you for keeping the ferry running", false)).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(SHAPE.judge("Thanks, Port Town, for welcoming the sailors", false)).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(SHAPE.judge("Believe me. Believe me", false)).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepAClauseThatReportsThanks() {
    assertThat(SHAPE.judge("the skipper thanked the crew for their work", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("Thanksgiving sales at the harbor shops were strong", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
