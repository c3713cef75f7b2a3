package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A "that" clause inside the subject ("the idea that ... is") does not hide the main predicate after it. */
class ClaimShapeSubjectClauseTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  @Test
  void shouldFindThePredicateAfterAComplementClauseOfTheSubject() {
    assertThat(SHAPE.judge("The rumor that the ferry company is bankrupt does not hold up", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("The fact that the pier stayed closed all summer is not surprising", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindNoPredicateWhenOnlyTheComplementClauseHasOne() {
    assertThat(SHAPE.judge("the rumor that she'd resign over the harbor budget", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("the argument that the board would not be able to agree if he were chair", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
