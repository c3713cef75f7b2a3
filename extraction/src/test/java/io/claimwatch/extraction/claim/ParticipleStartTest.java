package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A content that opens with the participle of its cut predicate, or a fronted phrase and a verb, has no subject. */
class ParticipleStartTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  @Test
  void shouldRejectAParticipleOfTheCutPredicate() {
    assertThat(SHAPE.judge("hearing that the harbor board had not found a buyer", false)).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(SHAPE.judge("alluding to the mayor’s rumored ferry plans", false)).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(SHAPE.judge("adding the fees should stay low", false)).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepAGerundSubject() {
    assertThat(SHAPE.judge("bullying does happen on the docks", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("rebuilding the pier is costly for the town", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAVerbWithoutSubjectAfterAFrontedPhrase() {
    assertThat(SHAPE.judge("by the local paper, suggested a change of heart about the pier", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("At the meeting, the skipper said the pier was unsafe", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
