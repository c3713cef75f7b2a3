package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/**
 * A "that" clause inside the subject ("the idea that ... is") or a fronted clause or phrase ("As the vote neared, ...",
 * "To the board, ...") does not hide the main predicate after it.
 */
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

  @Test
  void shouldFindThePredicateAfterAFrontedAsOrAfterClause() {
    assertThat(SHAPE.judge("As the vote neared, the dock workers did not strike", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("After the storm passed, the ferries never resumed the night service", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("without checking the records, I wouldn't know the exact fares", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindThePredicateAfterAFrontedToPhraseOpeningASentence() {
    assertThat(SHAPE.judge("To the harbor board, the new fees are not fair", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("to the harbor board's rejected request from the fishermen, a reply", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("To raise the fees, the board needs a vote", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindTheMainClauseAfterAConditionWithSeveralCommas() {
    assertThat(SHAPE.judge("If the ferries stop, and the bridge stays closed, the island will not get its mail", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("Whether the fees rise or not, the pier will stay open", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindNoClaimInAnEmbeddedWhetherClause() {
    assertThat(SHAPE.judge("whether the harbor master will be at the pier on Monday, the notice said", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindThePredicateAfterARelativeClauseWithAMistaggedPreposition() {
    assertThat(SHAPE.judge("Rules that let parents with small children board first should not be optional", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("the skippers who sold their boats to the harbor board, many of whom are retired", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldReachFurtherForTheCommaOfAFrontedPhraseOpeningASentence() {
    assertThat(SHAPE.judge("In a week when the harbor board met three times over the fees, the ferries did not run", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("in a week when the harbor board met three times over the fees, the ferries did not run", false))
        .isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindTheClauseAfterASentenceOpeningPhraseWithoutAComma() {
    assertThat(SHAPE.judge("For years the harbor board has not raised the ferry fares", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("for years the harbor board", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldReadANounsApostropheSAsIsWhenAPredicateAdjectiveFollows() {
    assertThat(SHAPE.judge("my left knee's that good", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("the old pier's too short", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldReadANounsApostropheSAsAPossessiveWhenANounFollows() {
    assertThat(SHAPE.judge("the old pier's new owner", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldReadThatAfterAPrepositionAsADeterminer() {
    assertThat(SHAPE.judge("a lot of that money is about whether or not the ferry runs", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
