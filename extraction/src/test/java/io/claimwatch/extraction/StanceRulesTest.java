package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceRulesTest {

  @Test
  void shouldDenyWhenSourceDenies() {
    FoundAttribution a = only("The port authority denied that the ferry company was sold.");
    assertThat(a.stance()).isEqualTo(StanceLabel.DENIES);
    assertThat(a.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void shouldConfirmWhenSourceConfirms() {
    assertThat(only("The port authority confirmed that the ferry company was sold.").stance()).isEqualTo(StanceLabel.CONFIRMS);
  }

  @Test
  void shouldConfirmAnOpinionWhenAFalsityWordJudgesAThing() {
    FoundAttribution a = only("The port authority said the council's dredging plan is wrong.");
    assertThat(a.stance()).isEqualTo(StanceLabel.CONFIRMS);
    assertThat(only("The port authority said that account of the sale is false.").stance()).isEqualTo(StanceLabel.DENIES);
    assertThat(only("The port authority said the dredging photo is a hoax.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldConfirmWhenAFalsityAdjectiveQualifiesTheNounAfterIt() {
    FoundAttribution a = only("The port authority said that picking one pier over the other is a false choice.");
    assertThat(a.stance()).isEqualTo(StanceLabel.CONFIRMS);
    assertThat(only("The port authority said the ferry story was a false story.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldReportNotConfirmWhenConfirmationIsNegated() {
    assertThat(only("The port authority did not confirm that the ferry company was sold.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenSourceDeclinedToConfirm() {
    assertThat(only("The port authority declined to confirm that the ferry company was sold.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenNeitherConfirmedNorDenied() {
    assertThat(only("The port authority neither confirmed nor denied that the ferry company was sold.").stance())
        .isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportNotDenyWhenDenialIsNegated() {
    assertThat(only("The port authority did not deny that the ferry company was sold.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldDenyWhenContentIsNegated() {
    FoundAttribution a = only("Mayor Lena Ortiz told Channel Nine that she had not yet met the governor.");
    assertThat(a.stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyWhenContentCallsAReportFalse() {
    assertThat(only("The council said that reports of a merger are false.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldReportWhenCueIsHedged() {
    assertThat(only("Ortiz reportedly said the bridge will close.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenSourceOnlyAlleges() {
    assertThat(only("A neighbor alleged that the mayor resigned.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldConfirmWhenSourceAssertsPlainly() {
    assertThat(only("Ortiz said the bridge closed on Monday.").stance()).isEqualTo(StanceLabel.CONFIRMS);
  }

  @Test
  void shouldReportWhenArticleItselfHedgesItsLeadStatement() {
    ArticleAnalysis r = Analyses.analyze("Mayor reportedly resigned after the vote", "The council met on Friday evening in the old town hall.");
    FoundAttribution lead = r.attributions().stream().filter(a -> a.sourceSpan() == null).findFirst().orElseThrow();
    assertThat(lead.source().name()).isEqualTo("Harbor Gazette");
    assertThat(lead.stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldDenyWhenSourceCallsTheReportAFabrication() {
    assertThat(only("The port authority called the report a fabrication.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyWhenSourceCallsTheReportFakeNews() {
    assertThat(only("The mayor called the merger story fake news.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyWhenContentCallsTheStoryAnInvention() {
    assertThat(only("Ortiz said the story of a secret deal was an invention.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyWhenContentCallsTheStoryNonsense() {
    assertThat(only("Ortiz said that the merger story was nonsense.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldReportWhenSourceCouldNotConfirm() {
    assertThat(only("The port authority could not confirm that the ferry company was sold.").stance())
        .isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenContentSaysTheSourceCouldNotConfirm() {
    FoundAttribution said = Analyses.attributions("Council spokesman Piet Vos said he could not confirm that the ferry company was sold.")
        .stream().filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
    assertThat(said.stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenSourceWouldNeitherConfirmNorDeny() {
    assertThat(only("The port authority would neither confirm nor deny that the ferry company was sold.").stance())
        .isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenSourceDeclinedToCommentOnTheReport() {
    java.util.List<FoundAttribution> all = Analyses.attributions(
        "The Harbor Times reported that the ferry company was sold. The company declined to comment on the report.");
    assertThat(all).hasSize(2);
    assertThat(all.get(1).stance()).isEqualTo(StanceLabel.REPORTS);
    assertThat(all.get(1).claimId()).isEqualTo(all.get(0).claimId());
  }

  @Test
  void shouldReportWhenTheSourceAsksAQuestion() {
    assertThat(only("Ortiz asked whether the ferry company was sold?").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldReportWhenQuotedContentIsAQuestion() {
    assertThat(only("Ortiz said: “Was the ferry company sold?”").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldNotDenyWhenNegationIsInsideTheContent() {
    assertThat(only("Ortiz said the governor urged the council not to sell the pier.").stance())
        .isNotEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldConfirmTheFirstConjunctAndDenyTheNegatedOneWhenTheContentHasTwoPredicates() {
    java.util.List<FoundAttribution> all = Analyses.attributions("Ortiz said the council was informed and did not object.");
    assertThat(all).extracting(FoundAttribution::stance).containsExactly(StanceLabel.CONFIRMS, StanceLabel.DENIES);
    assertThat(all).extracting(a -> a.cue().text()).containsOnly("said");
    assertThat(all.get(0).claimId()).isNotEqualTo(all.get(1).claimId());
  }

  @Test
  void shouldGiveEachClauseItsOwnMentionWhenTheContentJoinsTwoClauses() {
    ArticleAnalysis a = Analyses.analyze("Local news", "Vos said the pier was sold last week and the buyer has not paid yet.");
    java.util.List<FoundAttribution> said = a.attributions().stream().filter(x -> x.sourceSpan() != null).toList();
    java.util.Map<String, String> text = new java.util.HashMap<>();
    a.claims().forEach(c -> text.put(c.claimId(), c.text()));
    assertThat(said).extracting(x -> text.get(x.claimId()), FoundAttribution::stance).containsExactly(
        org.assertj.core.groups.Tuple.tuple("the pier was sold", StanceLabel.CONFIRMS),
        org.assertj.core.groups.Tuple.tuple("the buyer has paid", StanceLabel.DENIES));
  }

  @Test
  void shouldDenyWhenTheContentsMainVerbIsNegated() {
    assertThat(only("The ministry said it was never informed of the sale.").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldDenyWhenAQuoteOverTwoSentencesCallsTheReportsFalse() {
    ArticleAnalysis a = Analyses.analyze("Local news", "“Reports that the pier was sold in advance are false. Subsequently, the"
        + " port could not have approved the sale,” harbor spokesman Piet Vos told the Gazette.");
    java.util.Map<String, String> text = new java.util.HashMap<>();
    a.claims().forEach(c -> text.put(c.claimId(), c.text()));
    java.util.List<FoundAttribution> told = a.attributions().stream().filter(x -> x.sourceSpan() != null).toList();
    assertThat(told).allSatisfy(x -> assertThat(x.content().text()).startsWith("“Reports"));
    // each sentence of the quote is a mention: the report called false and the port's approval, both denied
    assertThat(told).extracting(x -> text.get(x.claimId()), FoundAttribution::stance).containsExactly(
        org.assertj.core.groups.Tuple.tuple("the pier was sold in advance", StanceLabel.DENIES),
        org.assertj.core.groups.Tuple.tuple("the port could have approved the sale", StanceLabel.DENIES));
  }

  @Test
  void shouldReportNotConfirmWhenTheContentIsADirective() {
    assertThat(only("Ortiz told the governor he should not close the bridge.").stance()).isEqualTo(StanceLabel.REPORTS);
  }

  @Test
  void shouldConfirmTheNegativeClaimWhenANegativePolarityWordFollowsTheNegation() {
    // "did find any cracks" is no proposition to deny: the inspector asserts the negative one
    assertThat(only("Ortiz said the inspectors did not find any cracks in the pier.").stance()).isEqualTo(StanceLabel.CONFIRMS);
  }

  @Test
  void shouldDenyThePositiveWhenALinkingPhraseOpensANegatedContent() {
    // the claim text drops "Also," and "No,"; the stance must read the same clause, or the text and side disagree
    for (String body : java.util.List.of("\"Also, the ferry company isn't a partner,\" said Tom Berg, the harbor master.",
        "Tom Berg said: \"No, the ferry company isn't a partner.\"")) {
      ArticleAnalysis a = Analyses.analyze("Local news", body);
      FoundAttribution said = a.attributions().stream().filter(x -> x.sourceSpan() != null).findFirst().orElseThrow();
      String text = a.claims().stream().filter(c -> c.claimId().equals(said.claimId())).findFirst().orElseThrow().text();
      assertThat(text).as(body).isEqualTo("the ferry company is a partner");
      assertThat(said.stance()).as(body).isEqualTo(StanceLabel.DENIES);
    }
  }
}
