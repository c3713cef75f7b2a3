package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionRulesTest {

  @Test
  void shouldFindSourceCueAndContentWhenSourceSaysThat() {
    FoundAttribution a = only("Mayor Lena Ortiz said on Monday that the bridge will reopen in May.");
    assertThat(a.sourceSpan().text()).isEqualTo("Mayor Lena Ortiz");
    assertThat(a.cue().text()).isEqualTo("said");
    assertThat(a.content().text()).isEqualTo("the bridge will reopen in May");
    assertThat(a.source().type()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void shouldSkipTheListenerWhenSourceToldAnOutlet() {
    FoundAttribution a = only("Ortiz told Channel Nine that the tunnel had flooded.");
    assertThat(a.sourceSpan().text()).isEqualTo("Ortiz");
    assertThat(a.content().text()).isEqualTo("the tunnel had flooded");
  }

  @Test
  void shouldTakeSourceAfterAccordingToWhenItLeadsTheSentence() {
    FoundAttribution a = only("According to the Harbor Times, the ferry company has been sold.");
    assertThat(a.sourceSpan().text()).isEqualTo("the Harbor Times");
    assertThat(a.cue().text()).isEqualTo("According to");
    assertThat(a.content().text()).isEqualTo("the ferry company has been sold");
    assertThat(a.source().type()).isEqualTo(SourceKind.PUBLICATION);
  }

  @Test
  void shouldTakeContentBeforeAccordingToWhenItTrailsTheSentence() {
    FoundAttribution a = only("The ferry company has been sold, according to port officials.");
    assertThat(a.content().text()).isEqualTo("The ferry company has been sold");
    assertThat(a.source().type()).isEqualTo(SourceKind.ANONYMOUS);
  }

  @Test
  void shouldFindQuotedContentWhenSpeakerFollowsTheQuote() {
    FoundAttribution a = only("“The pier is safe,” harbor master Ivo Berg said.");
    assertThat(a.sourceSpan().text()).isEqualTo("harbor master Ivo Berg");
    assertThat(a.content().text()).isEqualTo("“The pier is safe,”");
  }

  @Test
  void shouldFindSourceAfterCueWhenInverted() {
    FoundAttribution a = only("The council will vote again, said two people close to the talks.");
    assertThat(a.sourceSpan().text()).isEqualTo("two people close to the talks");
    assertThat(a.source().type()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(a.content().text()).isEqualTo("The council will vote again");
  }

  @Test
  void shouldFindQuoteWhenSpeakerPrecedesIt() {
    FoundAttribution a = only("Berg said: “We closed the pier.”");
    assertThat(a.sourceSpan().text()).isEqualTo("Berg");
    assertThat(a.content().text()).startsWith("“We closed the pier");
  }

  @Test
  void shouldTakeAgentAsSourceWhenPassive() {
    FoundAttribution a = only("It was reported by the Harbor Times that the mayor resigned.");
    assertThat(a.sourceSpan().text()).isEqualTo("the Harbor Times");
    assertThat(a.content().text()).isEqualTo("the mayor resigned");
  }

  @Test
  void shouldRecordCitedOutletAsOriginWhenRelayed() {
    FoundAttribution a = only("Nordwire reported, citing the Harbor Times, that the mayor resigned.");
    assertThat(a.source().name()).isEqualTo("Nordwire");
    assertThat(a.origin()).isNotNull();
    assertThat(a.origin().name()).isEqualTo("Harbor Times");
  }

  @Test
  void shouldKeepPublicationAsItsOwnOriginWhenCitingAnonymousSources() {
    FoundAttribution a = only("The Harbor Times reported that the mayor resigned, citing unnamed officials.");
    assertThat(a.source().type()).isEqualTo(SourceKind.PUBLICATION);
    assertThat(a.origin()).isNull();
    assertThat(a.stance()).isEqualTo(StanceLabel.CONFIRMS);
    assertThat(a.content().text()).isEqualTo("the mayor resigned");
  }

  @Test
  void shouldResolvePronounToLastNamedPersonWhenHeSpeaks() {
    List<FoundAttribution> all = attributions("Harbor master Ivo Berg said the pier was closed. He added that repairs will take a week.");
    assertThat(all).hasSize(2);
    assertThat(all.get(1).sourceSpan().text()).isEqualTo("He");
    assertThat(all.get(1).source().key()).isEqualTo(all.get(0).source().key());
  }

  @Test
  void shouldResolveRoleNounToLastPublicationWhenTheNewspaperSpeaks() {
    List<FoundAttribution> all = attributions("The Harbor Times reported that the pier closed. The newspaper noted that repairs began.");
    assertThat(all).hasSize(2);
    assertThat(all.get(1).source().key()).isEqualTo(all.get(0).source().key());
  }

  @Test
  void shouldTreatCalledItFalseAsADenialWhenNoOtherCue() {
    FoundAttribution a = only("The port authority called the report false.");
    assertThat(a.cue().text()).isEqualTo("called");
    assertThat(a.stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldNotTreatCalledAsCueWhenItIsThePhoneEvent() {
    assertThat(attributions("The mayor called the governor on Friday.")).isEmpty();
  }

  @Test
  void shouldNotTakeNounUsesOfCueWordsAsAttributions() {
    assertThat(attributions("The report was long and the claims were many.")).isEmpty();
  }

  @Test
  void shouldGiveContentOffsetsIntoArticleTextWhenAnalyzing() {
    ArticleInput in = new ArticleInput("a", "Harbor Gazette", null, "Ferry news", "Berg said the ferry was late.");
    FoundAttribution a = Analyses.ANALYZER.analyze(in).attributions().stream()
        .filter(x -> x.sourceSpan() != null).findFirst().orElseThrow();
    assertThat(in.text().substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
    assertThat(in.text().substring(a.sourceSpan().start(), a.sourceSpan().end())).isEqualTo("Berg");
  }

  @Test
  void shouldMakeTheTitleTheArticlesFirstClaimWhenNoAttributionCoversIt() {
    ArticleInput in = new ArticleInput("h", "Harbor Gazette", null, "Ferry to stop running in May, sources say", "");
    ArticleAnalysis analysis = Analyses.ANALYZER.analyze(in);
    assertThat(analysis.claims()).isNotEmpty();
    assertThat(analysis.claims().get(0).span().start()).isZero();
  }

  @Test
  void shouldSpanTheAppositionWhenTheSourceIsDescribedBeforeTheCue() {
    FoundAttribution a = only("Jane Roe, a lawyer for the city, said the pier would stay closed.");
    assertThat(a.sourceSpan().text()).isEqualTo("Jane Roe, a lawyer for the city,");
    assertThat(a.source().name()).isEqualTo("Jane Roe");
  }

  @Test
  void shouldResolveRelativeWhoToItsAntecedentWhenWhoSpeaks() {
    FoundAttribution a = only("Ortiz met Tomas Rey, who said the pier was safe.");
    assertThat(a.sourceSpan().text()).isEqualTo("who");
    assertThat(a.source().name()).isEqualTo("Tomas Rey");
  }

  @Test
  void shouldTakeCalledForAsAnAttributionWithoutSideWhenItIsADemand() {
    FoundAttribution a = only("The union called for a new vote on the pier.");
    assertThat(a.content().text()).isEqualTo("a new vote on the pier");
    assertThat(a.stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldFollowTheCitationWhenTheCitedOutletStandsBeforeTheCue() {
    FoundAttribution a = only("Nordwire, citing the Harbor Times, reported that the mayor resigned.");
    assertThat(a.source().name()).isEqualTo("Nordwire");
    assertThat(a.origin().name()).isEqualTo("Harbor Times");
  }

  @Test
  void shouldFollowARelayChainThroughEveryHopWhenOutletsCiteEachOther() {
    List<FoundAttribution> all = attributions("The Coast Daily, citing the Harbor Times, reported that the mayor resigned. "
        + "Nordwire, citing the Coast Daily, said the mayor resigned.");
    FoundAttribution nordwire = all.stream().filter(a -> a.source().name().equals("Nordwire")).findFirst().orElseThrow();
    assertThat(nordwire.origin().name()).isEqualTo("Harbor Times");
  }

  @Test
  void shouldMakeTheAccordingToSourceTheOriginWhenItFramesAnotherReport() {
    List<FoundAttribution> all = attributions("According to the Harbor Times, Nordwire reported that the mayor resigned.");
    FoundAttribution nordwire = all.stream().filter(a -> a.source().name().equals("Nordwire")).findFirst().orElseThrow();
    assertThat(nordwire.origin()).isNotNull();
    assertThat(nordwire.origin().name()).isEqualTo("Harbor Times");
  }

  @Test
  void shouldShowWhoRelayedWhomWhenAnOutletRelaysAnotherOnesReport() {
    List<FoundAttribution> all = attributions("The Coast Daily said Nordwire reported that the mayor resigned.");
    FoundAttribution daily = all.stream().filter(a -> a.source().name().equals("Coast Daily")).findFirst().orElseThrow();
    assertThat(daily.stance()).isEqualTo(StanceLabel.REPORTS);
    assertThat(daily.origin().name()).isEqualTo("Nordwire");
  }

  @Test
  void shouldNameNoSourceWhenOnlyADayFollowsTheCueAfterAnApposition() {
    assertThat(attributions("“The ferry will sail,” Ivo Berg, D-Harbor, said Tuesday.")).noneMatch(a -> a.sourceSpan().text().equals("Tuesday"));
  }

  @Test
  void shouldReadACallWordAsANounWhenADeterminerPrecedesIt() {
    ArticleAnalysis a = Analyses.analyze("Local news", "Berg denied that such calls occurred, while the mayor kept quiet.");
    FoundAttribution denied = a.attributions().stream().filter(x -> x.cue().text().equals("denied")).findFirst().orElseThrow();
    assertThat(denied.content().text()).isEqualTo("such calls occurred");
    assertThat(a.attributions()).noneMatch(x -> x.cue().text().equals("calls"));
  }

  @Test
  void shouldKeepAPluralPossessiveInTheSourceWhenTheSourceFollowsTheContent() {
    FoundAttribution a = only("The pier will close in May, dockworkers' union leader Ana Ruiz confirmed on Monday.");
    assertThat(a.sourceSpan().text()).isEqualTo("dockworkers' union leader Ana Ruiz");
    assertThat(a.content().text()).isEqualTo("The pier will close in May");
  }

  @Test
  void shouldQuoteTheNamedSpeakerWhenAHeadlineNameAndColonPrecedeAFirstPersonClause() {
    ArticleAnalysis a = Analyses.analyze("Ana Ruiz: I am not leaving the harbor board", "");
    assertThat(a.attributions()).singleElement().satisfies(x -> {
      assertThat(x.source().name()).isEqualTo("Ana Ruiz");
      assertThat(x.stance()).isEqualTo(StanceLabel.DENIES);
    });
    assertThat(a.claims()).extracting(FoundClaim::text).containsExactly("Ana Ruiz is leaving the harbor board");
  }

  @Test
  void shouldKeepAHeadlineThePublishersWhenTheColonFollowsAPlaceOrALabel() {
    assertThat(Analyses.analyze("Port Town: Boy billed for missing party", "").attributions())
        .singleElement().satisfies(x -> assertThat(x.sourceSpan()).isNull());
    assertThat(Analyses.analyze("EXCLUSIVE: I was held by pirates", "").attributions())
        .noneMatch(x -> x.sourceSpan() != null && x.sourceSpan().text().equals("EXCLUSIVE"));
  }

  @Test
  void shouldTakeTheContentBeforeAPostposedCueWhenOnlyAnEditorsAsideFollowsIt() {
    ArticleAnalysis a = Analyses.analyze("Harbor board chair Ana Ruiz to resign, sources say (updated)", "");
    assertThat(a.attributions()).singleElement().satisfies(x -> {
      assertThat(x.sourceSpan().text()).isEqualTo("sources");
      assertThat(x.content().text()).isEqualTo("Harbor board chair Ana Ruiz to resign");
    });
  }

  @Test
  void shouldReadACueWordAsANounWhenASecondOrFirstPersonPossessivePrecedesIt() {
    assertThat(Analyses.attributions("Please enter your comment! Leave your reply below.")).isEmpty();
    assertThat(Analyses.attributions("The pier stays open. That is my statement on the matter.")).isEmpty();
  }

  @Test
  void shouldTakeTheContentAfterTheColonWhenAListenerWithoutDeterminerPrecedesIt() {
    ArticleAnalysis analysis = Analyses.analyze("Mayor tells angry residents: the pier will reopen in May", "");
    assertThat(analysis.claims()).extracting(FoundClaim::text).containsExactly("the pier will reopen in May");
  }

  @Test
  void shouldReadAParticipleAndAsAsAPassiveWhenNoBeVerbPrecedesIt() {
    ArticleAnalysis analysis = Analyses.analyze("Masked donor revealed as Jo Roe of Harbor Ferries", "");
    assertThat(analysis.attributions()).extracting(a -> a.source().type()).containsExactly(SourceKind.PUBLICATION);
    assertThat(analysis.claims()).extracting(FoundClaim::text).containsExactly("Masked donor revealed as Jo Roe of Harbor Ferries");
    assertThat(Analyses.only("The mayor warned as the storm approached that the pier would close.").source().name())
        .isEqualTo("The mayor");
  }

  @Test
  void shouldFindTheCueOfATitleCasedHeadlineWhenItsWordsAreAllCapitalized() {
    ArticleAnalysis analysis = Analyses.analyze("Harbor Board Denies It Will Sell The Old Pier", "");
    FoundAttribution a = analysis.attributions().get(0);
    assertThat(a.source().name()).isEqualTo("Harbor Board");
    assertThat(a.stance()).isEqualTo(StanceLabel.DENIES);
    assertThat(analysis.claims()).extracting(FoundClaim::text).containsExactly("Harbor Board Will Sell The Old Pier");
    ArticleAnalysis said = Analyses.analyze("Night Ferry Will Return In May, Port Officials Say", "");
    assertThat(said.attributions()).extracting(x -> x.source().name()).containsExactly("Port Officials");
    assertThat(said.claims()).extracting(FoundClaim::text).containsExactly("Night Ferry Will Return In May");
  }

  @Test
  void shouldKeepTheHeadlineAsThePublishersClaimWhenItsAttributionGivesNone() {
    ArticleAnalysis analysis = Analyses.analyze("Harbor chief denies selfie", "");
    assertThat(analysis.claims()).extracting(FoundClaim::text).containsExactly("Harbor chief denies selfie");
    assertThat(analysis.attributions()).extracting(FoundAttribution::stance, a -> a.claimId() != null)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StanceLabel.DENIES, false),
            org.assertj.core.groups.Tuple.tuple(StanceLabel.CONFIRMS, true));
  }
}
