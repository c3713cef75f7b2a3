package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

/**
 * Claim-text rules for later sentences of a quote, non-answers, clauses after "but", negation scope and trailing
 * attributions.
 */
class ClaimTextQuoteAndScopeTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.empty());
  private final FoundSource skipper = new FoundSource("ida-brandt", "Ida Brandt", SourceKind.PERSON, null, null);

  @Test
  void shouldMakeLaterSentencesOfAQuoteMentionsWhenTheQuoteHasSeveral() {
    assertThat(builder.mentions("“The ferry left two hours late. Nobody on board was hurt. The crew stayed calm,”", null))
        .extracting(ClaimTextBuilder.Mention::text)
        .containsExactly("The ferry left two hours late", "Somebody on board was hurt", "The crew stayed calm");
  }

  @Test
  void shouldStopAtThreeSentencesWhenTheQuoteIsLonger() {
    assertThat(builder.mentions("The ferry left late. The sea was rough. The crew stayed calm. The pier was closed.", null))
        .hasSize(3);
  }

  @Test
  void shouldReplaceOnlyFirstPersonPronounsWhenTheSentenceIsALaterOne() {
    assertThat(builder.mentions("I sailed that route for years. He never warned me about the reef.", skipper))
        .extracting(ClaimTextBuilder.Mention::text)
        .containsExactly("Ida Brandt sailed that route for years", "He warned me about the reef");
  }

  @Test
  void shouldPutTheVerbInTheThirdPersonWhenTheSpeakersNameReplacesI() {
    assertThat(builder.build("I think the reef is moving north", skipper)).isEqualTo("Ida Brandt thinks the reef is moving north");
    assertThat(builder.build("I wish the harbor had a tug", skipper)).isEqualTo("Ida Brandt wishes the harbor had a tug");
    assertThat(builder.build("I carry a spare radio on every trip", skipper))
        .isEqualTo("Ida Brandt carries a spare radio on every trip");
    assertThat(builder.build("I saw the reef at low tide", skipper)).isEqualTo("Ida Brandt saw the reef at low tide");
    assertThat(builder.build("I will sail to the island", skipper)).isEqualTo("Ida Brandt will sail to the island");
  }

  @Test
  void shouldKeepTheNegationWhenTheNegatedVerbIsANonAnswer() {
    assertThat(builder.mentions("the harbor reopened on Monday, but the port authority did not say when the ferries return", null))
        .extracting(ClaimTextBuilder.Mention::text)
        .contains("the port authority did not say when the ferries return");
    assertThat(builder.build("she did not know anything about the sale", skipper)).isEqualTo("Ida Brandt did not know anything about the sale");
  }

  @Test
  void shouldMakeTheClauseAfterButAMentionWhenTheSplitterLeftItInPlace() {
    // a quote opening after "but" keeps the splitter from splitting; the clause is still a mention of its own
    assertThat(builder.mentions("the pier was repaired, but “the crew did not get paid for the work.”", null))
        .extracting(ClaimTextBuilder.Mention::text)
        .containsExactly("the pier was repaired", "the crew did get paid for the work");
  }

  @Test
  void shouldKeepTheNegationWhenANegativePolarityWordFollowsIt() {
    assertThat(builder.build("the inspectors did not find any cracks in the pier", null))
        .isEqualTo("the inspectors did not find any cracks in the pier");
    assertThat(builder.build("none of the crews have ever refused a shift", null))
        .isEqualTo("none of the crews have ever refused a shift");
  }

  @Test
  void shouldStillStateThePositiveWhenNoPolarityWordFollows() {
    assertThat(builder.build("the inspectors did not find cracks in the pier", null)).isEqualTo("the inspectors did find cracks in the pier");
  }

  @Test
  void shouldDropATrailingAttributionWhenAPeriodFollowsIt() {
    assertThat(builder.build("the pier will reopen in May, Vos said.", null)).isEqualTo("the pier will reopen in May");
  }

  @Test
  void shouldDropATrailingAttributionWhenItsCueHasAnAdjunct() {
    assertThat(builder.build("the ferries will run on time, Harbor spokesman Piet Vos said at a briefing on Monday", null))
        .isEqualTo("the ferries will run on time");
  }

  @Test
  void shouldStartAtTheClauseWhenTheContentOpensWithAParticipleOfSpeech() {
    assertThat(builder.build("adding that the night ferry will run until May", null)).isEqualTo("the night ferry will run until May");
    assertThat(builder.build("noting, “The crew stayed calm.”", null)).isEqualTo("The crew stayed calm");
    assertThat(builder.build("adding to the confusion at the pier", null)).isEqualTo("adding to the confusion at the pier");
  }

  @Test
  void shouldKeepTheNegationWhenItIsInAThatClauseAfterTheMainVerb() {
    assertThat(builder.build("polling shows that the islanders are not happy with the fees", null))
        .isEqualTo("polling shows that the islanders are not happy with the fees");
    assertThat(builder.build("the ferry that did not sail was the oldest one", null)).isEqualTo("the ferry that did not sail was the oldest one");
  }

  @Test
  void shouldStateThePositiveWhenAParticipleOfSpeechOpensADenial() {
    assertThat(builder.build("adding that she had not met the harbor master", skipper)).isEqualTo("Ida Brandt had met the harbor master");
  }
}
