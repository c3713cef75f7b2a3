package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

/** Negations of a content that its claim texts keep: in an aside, after a "but", after a short first clause. */
class ClaimTextNegationKeptTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.empty());
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);

  private java.util.List<String> texts(String content, FoundSource source) {
    return builder.mentions(content, source).stream().map(ClaimTextBuilder.Mention::text).toList();
  }

  @Test
  void shouldKeepANegatedWhichAsideInTheText() {
    assertThat(texts("the ferry line cut its night service, which it had promised never to do", null))
        .containsExactly("the ferry line cut its night service, which it had promised never to do");
  }

  @Test
  void shouldDenyThePredicateAfterButAsTheSourcesOwnWhenItSharesTheSubject() {
    // "she praised it but has not signed it": the source denies having signed it, a DENIES of the positive proposition
    assertThat(builder.mentions("she praised the harbor plan, but has not signed it", mayor))
        .extracting(ClaimTextBuilder.Mention::text, ClaimTextBuilder.Mention::clause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Lena Ortiz praised the harbor plan", "she praised the harbor plan"),
            org.assertj.core.groups.Tuple.tuple("Lena Ortiz has signed it", "she has not signed it"));
  }

  @Test
  void shouldMakeTheClauseAfterAShortFirstClauseAndSemicolonAMention() {
    assertThat(texts("The port is busy; the ferries do not run at night", null))
        .containsExactly("The port is busy", "the ferries do run at night");
    assertThat(builder.mentions("The port is busy; the ferries do not run at night", null).get(1).clause())
        .isEqualTo("the ferries do not run at night");
  }

  @Test
  void shouldDropAConjunctionOpeningTheContentBeforeItsSubject() {
    assertThat(texts("But the new schedule is not good enough for the night shift", null))
        .containsExactly("the new schedule is good enough for the night shift");
    assertThat(builder.mentions("and they won't sell the pier to a developer", null).get(0).clause())
        .isEqualTo("they won't sell the pier to a developer");
  }

  @Test
  void shouldKeepAConjunctionOpeningTheContentBeforeAVerb() {
    assertThat(texts("and said the ferries would not run", null)).containsExactly("and said the ferries would not run");
  }

  @Test
  void shouldMakeALaterSentenceOpeningWithAndIAMentionOfTheSource() {
    assertThat(texts("The port is busy. And I do not think the ferries should stop", mayor))
        .containsExactly("The port is busy", "the ferries should stop"); // the source's denial (NegRaising)
    assertThat(texts("The port is busy. And I do not want the ferries to stop", mayor))
        .containsExactly("The port is busy", "Lena Ortiz does want the ferries to stop");
  }

  @Test
  void shouldPutAVerbOfOpinionInTheThirdPersonWhenTheSourceReplacesI() {
    assertThat(texts("I think the pier should stay open", mayor)).containsExactly("Lena Ortiz thinks the pier should stay open");
    assertThat(texts("I oppose the new fees", mayor)).containsExactly("Lena Ortiz opposes the new fees");
  }

  @Test
  void shouldDenyTheCompletedPredicateOfAnEllipticalNegatedClause() {
    // "Vos is a keen sailor; I'm not": the source denies being one
    assertThat(builder.mentions("Vos is a keen sailor; I'm not", mayor))
        .extracting(ClaimTextBuilder.Mention::text, ClaimTextBuilder.Mention::clause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Vos is a keen sailor", "Vos is a keen sailor"),
            org.assertj.core.groups.Tuple.tuple("Lena Ortiz is a keen sailor", "I'm not a keen sailor"));
  }

  @Test
  void shouldKeepAShortNegatedButClauseWithItsClauseWhenItsSubjectPointsBack() {
    assertThat(texts("We would all like a bigger harbor, but it's just not affordable", null))
        .containsExactly("We would all like a bigger harbor, but it's not affordable");
    assertThat(texts("The ferry was supposed to run all winter. But that won't happen.", null))
        .containsExactly("The ferry was supposed to run all winter, but that won't happen");
  }

  @Test
  void shouldSplitAtButWhenTheClauseAfterItSaysSomethingOfItsOwn() {
    assertThat(texts("The pier reopened in May, but it does not have a lifeguard on duty this summer", null))
        .containsExactly("The pier reopened in May", "it does have a lifeguard on duty this summer");
  }
}
