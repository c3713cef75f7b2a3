package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A gapped clause alone, the object of a cut sentence, is a fragment ({@link GappedClauses}); clauses stay claims. */
class GappedClausesTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict body(String text) {
    return SHAPE.judge(text, false);
  }

  @Test
  void shouldRejectAWhatClauseWhenItsVerbContinuesOnlyInAnInfinitive() {
    assertThat(body("what the harbor master wants to hear")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("what the ferry crews are hoping to win in May")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectAWhatClauseWhenOnlyASubordinateClauseFollowsIt() {
    assertThat(body("what happened at the pier last spring to show that the ferry fares could rise"))
        .isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepAWhatClauseWhenAPredicateFollowsIt() {
    assertThat(body("what the harbor master wants to hear is a firm date")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("What went through my mind at that time is the ferry")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("what the captain told the crew that sailed in May was true")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectACapitalizedNounPhraseWhenOnlyARelativeClauseFollowsIt() {
    assertThat(body("The report we would like to read")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("Everything she does")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("Something they could fix at the dock")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepTheTextWhenTheRelativeClauseHasAMainVerbAfterIt() {
    assertThat(body("The report we read last week was wrong")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Everything we build lasts")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepTheTextWhenTheNounPhraseIsAFrontedTimePhrase() {
    assertThat(body("This year we will win the harbor seat")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Every morning they sail")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldReadAnOpeningThatAsADeterminerWhenANounAndItsVerbFollow() {
    assertThat(body("That speech went beyond the harbor")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
