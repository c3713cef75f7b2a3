package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

class ClaimShapeTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict body(String text) {
    return SHAPE.judge(text, false);
  }

  @Test
  void shouldRejectAnInfinitiveWhenThereIsNoFiniteVerb() {
    assertThat(body("the harbor committee to be dissolved by the spring")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("to push for a vote on the new ferry tariffs")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldRejectAParticipleWithByWhenItIsTheOnlyVerb() {
    assertThat(body("a sailor rescued by the coast guard on Monday")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldRejectTheRestOfASentenceWhenItStartsWithAnObjectPronounOrAVerb() {
    assertThat(body("them where to park the delivery trucks")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("was his view and dismissed the harbor audit")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("why the council backs the ferry plan")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldRejectAQuestionWhenItLostItsQuestionMark() {
    assertThat(body("How many ferries do we need this winter")).isEqualTo(ClaimShape.Verdict.QUESTION);
    assertThat(body("Do you think the pier will be sold")).isEqualTo(ClaimShape.Verdict.QUESTION);
  }

  @Test
  void shouldAcceptAClauseWhenARelativeClauseOfTheSubjectIsSetOff() {
    assertThat(body("The clerk who signed the permits - a cousin of the mayor - was never questioned"))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldAcceptAClauseWhenAFrontedPhraseWithoutCommaPrecedesASubjectPronoun() {
    assertThat(body("after the vote she would not answer any questions")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldAcceptAClauseWhenSubjectAndAuxiliaryAreOneWord() {
    assertThat(body("You'd think the harbor budget was settled")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("he’s sure the ferry will run on time")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldAcceptAClauseWhenItStartsWithADemonstrativeDeterminer() {
    assertThat(body("That decision was made by the harbor board")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
