package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

class ClaimTextBuilderTest {
  private static final SourceDirectory OPERATOR_TABLE = SourceDirectory.fromLines(java.util.List.of(
      "anne-morel\tPERSON\tAnne Morel\t-\tAnne Morel|Morel\t-",
      "lars-holm\tPERSON\tLars Holm\t-\tLars Holm|Holm\t-"));
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), OPERATOR_TABLE);
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);

  @Test
  void shouldStateThePositiveClaimWhenContentIsNegatedWithPronoun() {
    assertThat(builder.build("she had not yet met the governor, but expects to", mayor)).isEqualTo("Lena Ortiz had met the governor");
  }

  @Test
  void shouldStartAtTheClauseWhenTheContentOpensWithTheTailOfACutPhrase() {
    assertThat(builder.build("the whole story, the ferry will not pay for itself", mayor)).isEqualTo("the ferry will not pay for itself");
  }

  @Test
  void shouldDropAnOpeningIMeanWhenTheSpeakerStartsWithIt() {
    assertThat(builder.build("I mean, the ferry will pay for itself", mayor)).isEqualTo("the ferry will pay for itself");
    assertThat(builder.build("I mean there is money left for the pier", mayor)).isEqualTo("there is money left for the pier");
  }

  @Test
  void shouldKeepACapitalThatWhenItOpensTheSpeakersSentence() {
    assertThat(builder.build("That ferry will turn a profit", null)).isEqualTo("That ferry will turn a profit");
    assertThat(builder.build("That was the last boat to leave the harbor", null)).isEqualTo("That was the last boat to leave the harbor");
  }

  @Test
  void shouldKeepNoMatterWhenItOpensAConcessiveClause() {
    assertThat(builder.build("No matter what the board decides, the crews have to be paid", null))
        .isEqualTo("No matter what the board decides, the crews have to be paid");
    assertThat(builder.build("no matter what the board decides, the ferry will not run in winter", null))
        .isEqualTo("no matter what the board decides, the ferry will run in winter");
  }

  @Test
  void shouldKeepAThirdPersonPronounWhenTheContentIsTheSpeakersOwnQuote() {
    assertThat(builder.build("“She will reopen the pier in May”", mayor)).isEqualTo("She will reopen the pier in May");
    assertThat(builder.build("\"He has never sailed a ferry\"", mayor)).isEqualTo("He has sailed a ferry");
  }

  @Test
  void shouldStillNameTheSpeakerWhenTheQuoteSaysIOrTheContentIsReported() {
    assertThat(builder.build("“I will reopen the pier in May”", mayor)).isEqualTo("Lena Ortiz will reopen the pier in May");
    assertThat(builder.build("she will reopen the pier in May", mayor)).isEqualTo("Lena Ortiz will reopen the pier in May");
  }

  @Test
  void shouldDropALowerCaseThatWhenTheCueLeftIt() {
    assertThat(builder.build("that the ferry will turn a profit", null)).isEqualTo("the ferry will turn a profit");
  }

  @Test
  void shouldDropReportFramingAndFalsityVerdictWhenContentCallsReportFalse() {
    assertThat(builder.build("the Gazette's reports that the pier was sold are false", null)).isEqualTo("the pier was sold");
  }

  @Test
  void shouldDropTheWholeVerdictWhenAModalOrAuxiliaryCarriesIt() {
    assertThat(builder.build("the photo of a sea serpent in the bay must be a hoax", null))
        .isEqualTo("the photo of a sea serpent in the bay");
    assertThat(builder.build("the sea serpent photo has been a fake", null)).isEqualTo("the sea serpent photo");
  }

  @Test
  void shouldKeepATimePhraseWhenItIsANounPhraseOfTheClause() {
    assertThat(builder.build("the fares rose in the last week of May", null)).isEqualTo("the fares rose in the last week of May");
    assertThat(builder.build("the board revised this year's ferry fares", null)).isEqualTo("the board revised this year's ferry fares");
    assertThat(builder.build("the ferry sailed on Monday", null)).isEqualTo("the ferry sailed");
    assertThat(builder.build("closing the pier is the just and safe thing to do", null)).isEqualTo("closing the pier is the just and safe thing to do");
  }

  @Test
  void shouldKeepTheQuestionMarkWhenTheFirstSentenceIsAQuestion() {
    assertThat(builder.build("Is this the harbor we want? We can do better.", null)).isEqualTo("Is this the harbor we want?");
    assertThat(builder.build("The pier is safe, right? We checked it.", null)).isEqualTo("The pier is safe, right");
  }

  @Test
  void shouldKeepTheVerdictWhenItJudgesAThingNotAProposition() {
    assertThat(builder.build("the harbor board's dredging plan is wrong", null)).isEqualTo("the harbor board's dredging plan is wrong");
    assertThat(builder.build("the stories about the dredging plan are false", null)).isEqualTo("the stories about the dredging plan");
  }

  @Test
  void shouldShortenKnownNamesWithTheirTitlesWhenFromAliasTable() {
    assertThat(builder.build("French President Anne Morel has already spoken with Prime Minister Lars Holm", null))
        .isEqualTo("Morel has spoken with Holm");
    assertThat(builder.build("a Morel-Holm phone call", null)).isEqualTo("a Morel and Holm phone call");
  }

  @Test
  void shouldKeepOnlyTheFirstSentenceWhenContentIsAQuoteOfTwo() {
    assertThat(builder.build("“The pier was sold to a rival company. Nobody told us,”", null)).isEqualTo("The pier was sold to a rival company");
  }

  @Test
  void shouldRecognizeAnaphoricContentWhenItOnlyPointsBack() {
    assertThat(builder.isAnaphoric("it false")).isTrue();
    assertThat(builder.isAnaphoric("the report")).isTrue();
    assertThat(builder.isAnaphoric("this information")).isTrue();
    assertThat(builder.isAnaphoric("the pier was sold")).isFalse();
  }

  @Test
  void shouldKeepNegationWhenItBelongsToAnInfinitive() {
    assertThat(builder.build("the council urged the union not to strike before the holidays", null))
        .isEqualTo("the council urged the union not to strike before the holidays");
  }

  @Test
  void shouldMakeEachConjunctAMentionWhenALaterPredicateIsNegated() {
    assertThat(builder.mentions("residents were told about the closure and did not object to it", null))
        .extracting(ClaimTextBuilder.Mention::text)
        .containsExactly("residents were told about the closure", "residents did object to it");
  }

  @Test
  void shouldKeepNeverWhenItIsInsideTheContentsObjectClause() {
    assertThat(builder.build("the coach promised that his team would never give up", null))
        .contains("would never give up");
  }

  @Test
  void shouldStateThePositivePropositionWhenAContractedMainVerbIsNegated() {
    assertThat(builder.build("the ferry company didn't cancel the winter timetable", null))
        .isEqualTo("the ferry company did cancel the winter timetable");
    assertThat(builder.build("the museum won't reopen in March", null)).isEqualTo("the museum will reopen in March");
    assertThat(builder.build("no agreement has been reached on the budget", null))
        .isEqualTo("an agreement has been reached on the budget");
  }

  @Test
  void shouldKeepContractionsWholeWhenNotTheMainVerbNegation() {
    assertThat(builder.build("the council will send a bus for residents who can't drive to the polls", null))
        .contains("who can't drive");
  }

  @Test
  void shouldCutAParticipleOfSpeechWhenItFollowsTheClause() {
    assertThat(builder.build("keeping the pier open is good for the town, noting, “the ferry brings trade and so do we.”", null))
        .isEqualTo("keeping the pier open is good for the town");
    assertThat(builder.build("the fees will rise, warning that crews may strike", null)).isEqualTo("the fees will rise");
    assertThat(builder.build("she urged the crews to wait, reminding them of the storm", null)).isEqualTo("she urged the crews to wait");
  }

  @Test
  void shouldStateThePositiveClaimWhenTheNegationIsNoLongerOrNoOne() {
    assertThat(builder.build("the port would no longer accept cruise ships", null)).isEqualTo("the port would still accept cruise ships");
    assertThat(builder.build("no one had inspected the pier", null)).isEqualTo("someone had inspected the pier");
  }

  @Test
  void shouldKeepAFalsityWordWhenTheClauseGoesOnAfterIt() {
    assertThat(builder.build("we were wrong to close the pier so early in the season", null))
        .isEqualTo("we were wrong to close the pier so early in the season");
    assertThat(builder.build("the reports of a pier sale are completely false", null)).isEqualTo("a pier sale");
  }

  @Test
  void shouldDropADiscourseMarkerWhenItOpensTheQuote() {
    assertThat(builder.build("“Well first of all, the crews have to be paid,”", null)).isEqualTo("the crews have to be paid");
    assertThat(builder.build("“Look, the pier is safe,”", null)).isEqualTo("the pier is safe");
  }

  @Test
  void shouldDropTheSpeakersFrameWhenTheQuoteOpensWithICanTellYou() {
    assertThat(builder.build("“I can tell you that the crews will be paid,”", null)).isEqualTo("the crews will be paid");
    assertThat(builder.build("Let me tell you, the pier is safe", null)).isEqualTo("the pier is safe");
  }

  @Test
  void shouldKeepWordsOfTimeAndOrderWhenTheyAreWhatIsClaimed() {
    // "already" does not change what is claimed; "first" and "still" do
    assertThat(builder.build("the ferry company has already opened its first terminal", null))
        .isEqualTo("the ferry company has opened its first terminal");
    assertThat(builder.build("the old terminal is still closed to trucks", null))
        .isEqualTo("the old terminal is still closed to trucks");
  }

  @Test
  void shouldDropALinkingPhraseWhenItOpensTheClaim() {
    assertThat(builder.build("Besides, the ferry company has sold the pier", null)).isEqualTo("the ferry company has sold the pier");
    assertThat(builder.build("On the other hand, the harbor stays open all winter", null))
        .isEqualTo("the harbor stays open all winter");
  }

  @Test
  void shouldDropADatelineWhenANewsAgencyFollowsTheCity() {
    assertThat(builder.build("PORT TOWN (AP) — The ferry operators agreed to a new contract", null))
        .isEqualTo("The ferry operators agreed to a new contract");
    assertThat(builder.build("Port Town (AFP) – The ferry operators agreed to a new contract", null))
        .isEqualTo("The ferry operators agreed to a new contract");
  }

  @Test
  void shouldDropADatelineWhenItHasADateBeforeTheAgency() {
    assertThat(builder.build("PORT TOWN, Maine, May 4 (UPI) — The ferry operators agreed to a new contract", null))
        .isEqualTo("The ferry operators agreed to a new contract");
    assertThat(builder.build("May 4 (Reuters) - The ferry operators agreed to a new contract", null))
        .isEqualTo("The ferry operators agreed to a new contract");
  }

  @Test
  void shouldKeepADateOpeningWhenNoAgencyFollows() {
    assertThat(builder.build("May 4 - the day the ferry operators agreed to a new contract", null))
        .isEqualTo("May 4 - the day the ferry operators agreed to a new contract");
  }

  @Test
  void shouldDropAMarkupTagWhenItOpensTheText() {
    assertThat(builder.build("<post id=12 author=harbor>The ferry operators agreed to a new contract", null))
        .isEqualTo("The ferry operators agreed to a new contract");
  }

  @Test
  void shouldKeepATitleCasedOpeningWhenNoAgencyFollows() {
    assertThat(builder.build("Lena Ortiz – the mayor – agreed to a new contract", null))
        .isEqualTo("Lena Ortiz – the mayor – agreed to a new contract");
  }

  @Test
  void shouldDropASpokenFillerBetweenCommas() {
    assertThat(builder.build("the ferry was, you know, running late all week", null)).isEqualTo("the ferry was running late all week");
  }

  @Test
  void shouldDropASpeakersFrameWhenAClauseFollowsIt() {
    assertThat(builder.build("Trust me, the pier will reopen in May", null)).isEqualTo("the pier will reopen in May");
    assertThat(builder.build("Let me be clear, the ferry will keep running", null)).isEqualTo("the ferry will keep running");
    assertThat(builder.build("Make no mistake, the harbor board wants the fees", null)).isEqualTo("the harbor board wants the fees");
  }

  @Test
  void shouldDropAPartOfTheDayWithItsTimePhraseWhenTheTextOpensWithIt() {
    assertThat(builder.build("on Friday morning, the harbor board was still refusing to sign the lease", null))
        .isEqualTo("the harbor board was still refusing to sign the lease");
    assertThat(builder.build("the ferry left on Sunday night with two hundred passengers", null))
        .isEqualTo("the ferry left with two hundred passengers");
    assertThat(builder.build("the mayor was mocked on Saturday Harbor Live last week", null))
        .isEqualTo("the mayor was mocked on Saturday Harbor Live");
  }
}
