package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a content starts and ends when an adjunct of the cue stands between the cue and the content. */
class ContentSpanRulesTest {

  @Test
  void shouldTakeTheQuoteBeforeWhenOnlyAnAdjunctFollowsTheCue() {
    FoundAttribution a = only("“The ferry will not run this winter,” harbor master Ivo Berg said at a meeting in the port.");
    assertThat(a.sourceSpan().text()).isEqualTo("harbor master Ivo Berg");
    assertThat(a.content().text()).isEqualTo("“The ferry will not run this winter,”");
  }

  @Test
  void shouldTakeTheQuoteBeforeWhenATimeWordFollowsTheCue() {
    FoundAttribution a = only("“The pier is safe,” Ivo Berg told the Harbor Times on Monday.");
    assertThat(a.content().text()).isEqualTo("“The pier is safe,”");
  }

  @Test
  void shouldTakeTheQuoteBeforeWhenAClauseOfCircumstanceFollowsTheCue() {
    assertThat(only("“The ferry will not run,” Ivo Berg said when asked about the timetable.").content().text())
        .isEqualTo("“The ferry will not run,”");
    assertThat(only("“The pier is safe,” Ivo Berg told the crews after he was asked about the storm.").content().text())
        .isEqualTo("“The pier is safe,”");
    assertThat(only("“We stay open,” Ivo Berg said as the first boats came in.").content().text())
        .isEqualTo("“We stay open,”");
  }

  @Test
  void shouldKeepTheContentAfterTheListenerWhenItsClauseHasAClauseOfCircumstance() {
    assertThat(only("Ivo Berg told the crews they won after he checked the logs.").content().text())
        .startsWith("they won");
  }

  @Test
  void shouldTakeTheQuoteBeforeWhenTheListenerIsACommonNounPhrase() {
    assertThat(only("“The pier is safe,” Ivo Berg told the radio.").content().text()).isEqualTo("“The pier is safe,”");
    assertThat(only("“The pier is safe,” the harbor master, Ivo Berg, told the crews.").content().text())
        .isEqualTo("“The pier is safe,”");
  }

  @Test
  void shouldJoinTheHalvesOfAQuoteWhenItsSpeakerSplitsIt() {
    ArticleAnalysis a = Analyses.analyze("Local news", "“The old pier,” the harbor master said, “will not reopen before May.”");
    assertThat(a.claims()).extracting(FoundClaim::text).containsExactly("The old pier will reopen before May");
    assertThat(a.attributions()).filteredOn(x -> x.sourceSpan() != null).singleElement().satisfies(x -> {
      assertThat(x.source().name()).isEqualTo("the harbor master");
      assertThat(x.stance()).isEqualTo(StanceLabel.DENIES);
    });
    FoundAttribution whole = only("“We stay open,” Ivo Berg said, “until the storm comes.”");
    assertThat(whole.content().text()).isEqualTo("“We stay open,” Ivo Berg said, “until the storm comes.”");
  }

  @Test
  void shouldKeepAQuoteWhenItsClosingMarkIsFollowedByAnAdverb() {
    ArticleAnalysis a = Analyses.analyze("Local news", "Asked about the pier, Ivo Berg said, \"You tell me,\" twice, before he left the room.");
    assertThat(a.attributions()).extracting(x -> x.content().text()).noneMatch(c -> c.startsWith("Asked"));
    assertThat(a.claims()).extracting(FoundClaim::text).noneMatch(c -> c.contains("Asked"));
  }

  @Test
  void shouldEndANestedContentAtTheQuoteWhenItsSpeakerFollowsTheQuote() {
    ArticleAnalysis a = Analyses.analyze("Local news", "“The captain said that the pier was unsafe,” the harbor master, Ivo Berg, told the radio.");
    assertThat(a.attributions()).extracting(x -> x.content().text())
        .contains("“The captain said that the pier was unsafe,”", "the pier was unsafe");
    assertThat(a.claims()).extracting(FoundClaim::text).containsExactly("the pier was unsafe");
  }

  @Test
  void shouldTakeTheQuoteBeforeWhenTheListenerIsAQuotedProgramme() {
    FoundAttribution a = only("“The pier is safe,” Ivo Berg told “Harbor Morning” after he was asked about the storm.");
    assertThat(a.content().text()).isEqualTo("“The pier is safe,”");
    assertThat(only("Ivo Berg told “Harbor Morning” that the ferry had been sold.").content().text())
        .isEqualTo("the ferry had been sold");
  }

  @Test
  void shouldKeepTheThatClauseWhenAPrepositionalAfterFollowsTheCue() {
    assertThat(only("“Not now,” Ivo Berg said after the meeting that the ferry had been sold.").content().text())
        .isEqualTo("the ferry had been sold");
  }

  @Test
  void shouldStartAfterThatWhenAPrepositionalPhraseFollowsTheCue() {
    FoundAttribution a = only("Ivo Berg said in an email to the crews that the ferry would not sail.");
    assertThat(a.content().text()).isEqualTo("the ferry would not sail");
  }

  @Test
  void shouldStartAfterThatWhenADayOrAnAdverbFollowsTheCue() {
    assertThat(only("Ivo Berg said Wednesday that the pier was closed.").content().text()).isEqualTo("the pier was closed");
    assertThat(only("Ivo Berg told the crews privately that the pier was closed.").content().text())
        .isEqualTo("the pier was closed");
  }

  @Test
  void shouldSkipAnObjectPronounWhenTheCueIsTell() {
    FoundAttribution a = only("Ivo Berg told us that the ferry had been sold.");
    assertThat(a.content().text()).isEqualTo("the ferry had been sold");
  }

  @Test
  void shouldSkipADayNameWhenItFollowsTheCueWithoutThat() {
    assertThat(only("Ivo Berg said Tuesday the pier would reopen.").content().text()).isEqualTo("the pier would reopen");
  }

  @Test
  void shouldKeepTheSourceWithoutAClaimWhenTheContentIsNoClause() {
    FoundAttribution a = only("Ivo Berg asked about the ferry timetable.");
    assertThat(a.sourceSpan().text()).isEqualTo("Ivo Berg");
    assertThat(a.content().text()).isEmpty();
    assertThat(a.claimId()).isNull();
  }

  @Test
  void shouldStartAtTheClauseWhenAnAdjunctAndACommaFollowTheCue() {
    FoundAttribution a = only("Ivo Berg said of the new timetable, the ferry would sail twice a day.");
    assertThat(a.content().text()).isEqualTo("the ferry would sail twice a day");
    assertThat(a.claimId()).isNotNull();
  }

  @Test
  void shouldEndTheContentWhenASecondStatementOfTheSourceFollowsAComma() {
    FoundAttribution a = Analyses.attributions("Harbor board denies the ferry sale, says the boats stay in service.").get(0);
    assertThat(a.content().text()).isEqualTo("the ferry sale");
  }

  @Test
  void shouldEndTheContentWhenAnotherSourceAndCueFollowAComma() {
    FoundAttribution a = Analyses.attributions("Ivo Berg denied the pier was sold, the mayor says the deal went through.").get(0);
    assertThat(a.content().text()).isEqualTo("the pier was sold");
  }

  @Test
  void shouldKeepTheContentWhenTheCueAfterTheCommaIsHearsayOrParenthetical() {
    assertThat(only("Ivo Berg said the ferry, said to be the oldest in the fleet, would be sold.").content().text())
        .isEqualTo("the ferry, said to be the oldest in the fleet, would be sold");
  }
}
