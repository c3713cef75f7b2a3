package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

class IndefiniteArticleTest {

  private static String agree(String text, String next) {
    StringBuilder out = new StringBuilder(text);
    IndefiniteArticle.agree(out, next);
    return out.toString();
  }

  @Test
  void shouldTurnAnIntoAWhenTheNextWordStartsWithAConsonant() {
    assertThat(agree("officials denied an ", "meeting")).isEqualTo("officials denied a ");
    assertThat(agree("An ", "merger")).isEqualTo("A ");
  }

  @Test
  void shouldTurnAIntoAnWhenTheNextWordStartsWithAVowelSound() {
    assertThat(agree("the council called a ", "emergency")).isEqualTo("the council called an ");
    assertThat(agree("A ", "inquiry")).isEqualTo("An ");
    assertThat(agree("she waited a ", "hour")).isEqualTo("she waited an ");
  }

  @Test
  void shouldKeepTheArticleWhenItAlreadyAgreesOrTheSoundIsNotTheSpelling() {
    assertThat(agree("the mill hired a ", "union")).isEqualTo("the mill hired a ");
    assertThat(agree("it was a ", "one-off")).isEqualTo("it was a ");
    assertThat(agree("there was an ", "outage")).isEqualTo("there was an ");
    assertThat(agree("it named a ", "FBI")).isEqualTo("it named a ");
  }

  @Test
  void shouldLeaveTextAloneWhenItDoesNotEndWithAnArticle() {
    assertThat(agree("the plan ", "expired")).isEqualTo("the plan ");
    assertThat(agree("the sofa ", "is")).isEqualTo("the sofa ");
    assertThat(agree("Titan ", "is")).isEqualTo("Titan ");
    assertThat(agree("", "anything")).isEqualTo("");
  }

  @Test
  void shouldAgreeWithTheFollowingWordWhenAClaimTextDropsAHedgeBetweenThem() {
    NameShortener names = new NameShortener(ExtractionLexicon.fromResources(), SourceDirectory.empty());

    assertThat(names.shorten("the ministry denied an alleged meeting with the rebels"))
        .isEqualTo("the ministry denied a meeting with the rebels");
    assertThat(names.shorten("police investigated a purported attack on the depot"))
        .isEqualTo("police investigated an attack on the depot");
  }
}
