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
    assertThat(body("the harbor committee to be dissolved by the spring")).isNotEqualTo(ClaimShape.Verdict.CLAIM);
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
  void shouldAcceptAClauseWhenItStartsWithACountryAbbreviationSpelledLikeAPronoun() {
    assertThat(body("US Senator-elect Ana Ruiz recently held her first call with the port authority"))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("us the keys to the harbor office")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
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

  @Test
  void shouldAcceptAClauseWhenAFrontedConditionEndsWithAComma() {
    assertThat(body("if the crews strike again, the ferry will stop for a week")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("When the pier closed, dozens of traders lost their stalls")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAConditionWhenNoMainClauseFollows() {
    assertThat(body("because the crews would strike again next week")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldAcceptAClauseWhenItsSubjectIsAQuantity() {
    assertThat(body("about 300 traders work at the old harbor market")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("most of the ferry fleet was built in the 1970s")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldAcceptAClauseWhenItsSubjectIsAGerund() {
    assertThat(body("raising the harbor fees is a mistake")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAParticipialPhraseWhenItHasNoAuxiliaryOfItsOwn() {
    assertThat(body("speaking by radio from the lighthouse")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("saying she would not sell the pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldAcceptAClauseWhenADemonstrativeThatIsItsSubject() {
    assertThat(body("That's exactly what the harbor board wanted")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldAcceptAClauseWhenARelativeClauseWithoutCommaPrecedesTheAuxiliary() {
    assertThat(body("the captain who sold the boat was never charged")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Selling boats in a town that was built on fishing is hard")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectARelativeClauseWhenOnlyItsOwnClauseHasAVerb() {
    assertThat(body("the captain who said he was tired of the harbor")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldAcceptAClauseWhenTheTaggerMisreadsItsSubjectOrVerb() {
    assertThat(body("Ortiz might close the pier next week")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Sailing is a dangerous trade")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("they welcome the new ferry schedule")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Ortiz's going to win that vote")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAPossessiveWhenNoVerbFollows() {
    assertThat(body("the mayor's plan for the new harbor")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldRejectAPossessiveNounAndItsInfinitiveWhenNoFiniteVerbFollows() {
    assertThat(body("her plan to dredge the old harbor, bringing the ferries back")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("their captains want to dredge the old harbor")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItOpensWithAnObjectHerAndItsInfinitive() {
    assertThat(body("her to step down, has said she will stay on the harbor board")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("her team plans to stay on the harbor board")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounPhraseWhenItsOnlyVerbsAreInAParticipleOrACommentClause() {
    assertThat(body("the extra week, known as harbor week because the fees fell, after crews asked for it"))
        .isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the attempt to close the pier, I think, to save money")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the old pier, I think, is safe")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the port's deep losses - its worst year, he called them")).isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the old pier is closed, he said")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAPredicateWhenOnlyAdverbsStandBeforeIt() {
    assertThat(body("still believe the new ferry is a good idea")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("now have a fair chance to win the harbor vote")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("about half think the pier should close")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("when given the choice, the crews voted for the strike")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounPhraseWhenItsOnlyVerbIsInAClauseOfTime() {
    assertThat(body("a map of the old harbor, a day after crews quietly closed the pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the harbor map after he was asked about the pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the mayor's endorsement before the vote will help him")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the way to go after it is to lower the fees")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAPossessiveWhenTheTaggerMisreadsItsNounAsAVerbOrAdverb() {
    assertThat(body("the council's nominee")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the ferry company's lead in the bidding")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("Ortiz's lead in the port race")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the pier's still closed")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Comments like Ortiz's set us back")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("President Ortiz's Clean Harbor Plan")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldAcceptAClauseWhenItsNegatedAuxiliaryHasACurlyApostrophe() {
    assertThat(body("members of the harbor board shouldn’t vote on the fees")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldAcceptAShortNounPhraseWhenAReportFramesIt() {
    assertThat(SHAPE.isReportedClaim("pier collapse")).isTrue();
    assertThat(SHAPE.isReportedClaim("suspected cholera cases in the camp")).isTrue();
    assertThat(SHAPE.isReportedClaim("suggested a gap between the plan and the budget")).isFalse();
    assertThat(SHAPE.isReportedClaim("collapse")).isFalse();
    assertThat(SHAPE.isReportedClaim("a pier collapse?")).isFalse();
  }
}
