package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** Texts cut out of their sentence are fragments, not claims; whole clauses of the same words stay claims. */
class ClauseEdgesTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict body(String text) {
    return SHAPE.judge(text, false);
  }

  @Test
  void shouldRejectATextWhenItEndsInAConjunctionOrArticle() {
    assertThat(body("the harbor board met on Tuesday and")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the ferry company would sell the old dock to the")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepATextWhenItEndsInAPrepositionOrObjectPronoun() {
    assertThat(body("the new pier is the place they asked for")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the union said it would endorse her")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItEndsInAComparativeOrAPrepositionAfterANoun() {
    assertThat(body("the ferry will leave sooner rather than")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the harbor master is good friends with")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the new dock is twice as long as")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectANounPhraseWhoseOnlyVerbIsAFinalHas() {
    assertThat(body("a tough stance on tolls the harbor board has")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the harbor board has a tough stance on tolls")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAGappedComplementOrAWhatClauseAlone() {
    assertThat(body("she hoped would help the ferry company")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("What the harbor board can do")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepAWhatClauseWhenAPredicateFollowsIt() {
    assertThat(body("What the harbor board decided is final")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("What the harbor board does is reckless")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("she hoped the ferry would help")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenAPossessivePhraseTailPrecedesTheClause() {
    assertThat(body("her weekly column, she is ready to leave the harbor board")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("her weekly column is ready to print")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItEndsInAnAuxiliaryAfterANoun() {
    assertThat(body("the new harbor master is")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the ferry board must")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepATextWhenAGapWordLetsItEndInAnAuxiliary() {
    assertThat(body("nobody knows who the new harbor master is")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the pier is longer than the old dock was")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepATextWhenAClauseBeforeStrandsItsPreposition() {
    assertThat(body("the pier is the one they sailed from")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the mayor has a plan to deal with")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItsFirstVerbFollowsAConjunction() {
    assertThat(body("the fee increase and argued the port would lose trade")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the arrest of a man in the harbor and said a curfew would continue")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepTwoPredicatesWhenTheSubjectIsThere() {
    assertThat(body("the council raised the fees and closed the pier")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenAPredicateFollowsTheFirstCommaWithoutSubject() {
    assertThat(body("higher ferry fares, warned that the port would lose trade")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepAnAppositionWhenTheMainVerbFollowsItsClosingComma() {
    assertThat(body("harbor officials, alarmed by the storm, closed the pier")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectASubordinateClauseWhenItOpensWithAPrepositionalPhrase() {
    assertThat(body("because at that time, the pier was closed to the public")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("if the crews strike again, the ferry will stop")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectASubjectWithOnlyAnInfinitiveWhenNoVerbIsFinite() {
    assertThat(body("the council to raise the fees and close the pier")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the captain told the crew to stay calm")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAPaidNoticeWhenItIsSiteFurniture() {
    assertThat(body("Paid Notice: Deaths HARBOR, JOHN")).isEqualTo(ClaimShape.Verdict.FURNITURE);
  }

  @Test
  void shouldRejectAnEmbeddedPostWhenItsPhotoLinkOrMarkupIsLeft() {
    assertThat(body("The new ferry leaves the harbor at dawn pic.twitter.com/abc123")).isEqualTo(ClaimShape.Verdict.FURNITURE);
    assertThat(body("The new ferry leaves the harbor at dawn - Port Town (@porttown) May 4</post>")).isEqualTo(ClaimShape.Verdict.FURNITURE);
  }

  @Test
  void shouldRejectANameWithBothWhenTheFirstHalfOfTheSubjectWasCut() {
    assertThat(body("Lee both signed the permit")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("Roe and Lee both signed the permit")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("Harbor Board both approved and funded the pier")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldLeaveHeadlinesAloneWhenTheyAreNominal() {
    assertThat(SHAPE.judge("Port board to vote on ferry fares", true)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItEndsInAnAuxiliaryAfterAConjunction() {
    assertThat(body("the fleet stood at 200 boats in 1972 and has")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectAQuestionWordWithAnInfinitiveWhenNothingIsFinite() {
    assertThat(body("what to say or not say")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectANounPhraseWithARelativeClauseWhenNoMainVerbFollows() {
    assertThat(body("the old ferry she sold in 1990")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the ferry she sold in 1990 was scrapped")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItsNotOnlyHasNoSecondPart() {
    assertThat(body("the new fees will hurt not only the ferry riders")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the new fees will hurt not only the riders but also the crews")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAnObjectAndItsInfinitiveWhenAPredicateOfTheCutSubjectFollowsTheConjunction() {
    assertThat(body("harbor officials to reject the plan and has called it a disgrace")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("Roe plans to sell the ferry and has hired a broker")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the plan to raise the fees and cut the routes would hurt the islands")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItEndsInAnAuxiliaryAndAnAdverbInLy() {
    assertThat(body("the losses of the two ferry lines were directly")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the losses of the two ferry lines were reported directly")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldNotReadAWordAfterAnArticleAsThePredicateWhenTheTaggerCallsItAVerb() {
    assertThat(body("Harbor Party, a split mostly of words")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldRejectATextWhenAClauseVerbIsLeftWithOnlyANameOrAQuantifierOrAVerblessQuestionWord() {
    assertThat(body("the harbor economist thinks Lee")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the ferry crews voted to strike against most")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the captain wrote a long letter about why the other side")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the harbor economist knows Lee")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the ferry crews did not like the plan at all")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the captain knows how much the repairs cost")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the captain explained how the harbor operates")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectALowerCasePhraseWhenItOnlyLeadsIntoAQuoteAfterAColon() {
    assertThat(body("the captain being calm, at one point telling the crew: We will make it home")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the plan is simple: the ferry will run at night")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANameAndAConjunctionWhenAnAdverbAndAVerbFollow() {
    assertThat(body("Holm and almost immediately handed them to the harbor police")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the notice plainly and wrongly suggests that the crews support the plan")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAnAdverbAndNounPhraseWhenTheVerbFollowsTheirComma() {
    assertThat(body("certainly a very strict rule, is not the end of the ferry line")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectALowerCasePhraseWhenAFullStopOrEllipsisEndsItBeforeTheNextSentence() {
    assertThat(body("those harbor fees . ... You really have a choice with the port budget")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("for crews under 30, the real jobless rate … is 40 percent")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAPurposeClauseWhenTheTextOpensWithALowerCaseSo() {
    assertThat(body("so they can focus on the harbor for the long term")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("So far the harbor has stayed open")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldNotTakeAnInvertedConditionalsAuxiliaryForThePredicateWhenItFollowsAComma() {
    assertThat(body("a note of caution, should Lee attempt a quick return to the harbor")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the talks will go on, should the union agree")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("The strikes at the two depots, in May, were another matter")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldNotTakeANamingParticipleForThePredicateWhenANameFollowsIt() {
    assertThat(body("a memoir of her years at the harbor entitled The Pilot")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the harbor master called Lee a liar")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAWhatClauseWhenAGerundAfterAPrepositionIsItsOnlyOtherVerb() {
    assertThat(body("what the captain learned from listening to the crews")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("what the captain learned from the crews is that the pier is unsafe")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounPhraseAndItsInfinitiveWhenAnAdjectiveMakesThePluralANoun() {
    assertThat(body("valid reasons to fault and criticize the harbor board")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the harbor board has valid reasons to fault the plan")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounPhraseWhenItsOnlyVerbsAreInARelativeOrFreeRelativeClause() {
    assertThat(body("anything that could be read as an order to close the pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("its smallest profit in years, well below what analysts were looking for")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("The ferry club, founded in 1998 in a small shed at the pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepAClauseWhenAQuantityOrGerundIsItsSubjectOrAFrontedPhraseEndsAtTheComma() {
    assertThat(body("Almost half wanted a captain from outside the harbor board")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("dredging is cheap, compared to what the new pier will cost")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("At the end of the day, a lot of good sailors and pilots died over nothing")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenItEndsInARelativePronounAndAnAuxiliary() {
    assertThat(body("the crews put a priority on a captain who would")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldRejectATextWhenItEndsInThatAfterAPluralOrModifiedNoun() {
    assertThat(body("the mayor's remarks have reinforced old stereotypes that")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the crews got to respect that")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldNotTakeANameForAReportsContentWhenItIsCapitalizedWordsOnly() {
    assertThat(SHAPE.isReportedClaim("Harbor Talk and Friends")).isFalse();
    assertThat(SHAPE.isReportedClaim("Mayor Ivo Berg Selling The Old Pier")).isTrue();
  }

  @Test
  void shouldRejectATextWhenItEndsInAnAdjectiveThatOnlyStandsBeforeANoun() {
    assertThat(body("the harbor board broke federal")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the crews want a new commander in chief")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounOfTimeWhenOnlyANamesRelativeClauseFollows() {
    assertThat(body("the second time Ortiz had closed the pier")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the harbor spokesman Ann Ortiz resigned")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the second time Ortiz closed the pier was in May")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAVerbInSAndItsInfinitiveWhenTheirSubjectWasCutOff() {
    assertThat(body("wants to sell the old pier to Harbor Trust, a group he formed in May")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("plans to sell the old pier were dropped in May")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectATextWhenANounOfPlaceOrTimeEndsItBeforeOnlyAName() {
    assertThat(body("It was a place Ortiz")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("It was a place Ortiz loved")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("The ferry sailed on time Monday")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("The ferry sailed at the same time Monday")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounAndAPassiveInfinitiveWhenNoFiniteVerbFollows() {
    assertThat(body("the old ferry to be sold to the harbor trust")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(body("the old ferry is to be sold to the harbor trust")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("an effort to sway voters ahead of Monday's voting in the port")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }
}
