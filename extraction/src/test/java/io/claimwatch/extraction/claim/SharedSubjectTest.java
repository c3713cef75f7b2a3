package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** The rest of a sentence after a "but" it was cut at takes the clause's subject when it is a predicate of it. */
class SharedSubjectTest {
  private static final ConjunctSplitter SPLITTER = new ConjunctSplitter(
      new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());

  @Test
  void shouldGiveTheClauseSubjectWhenTheRestOpensWithANegatedAuxiliary() {
    assertThat(SPLITTER.withSubjectOf("the harbor board praised the ferry plan", "has not approved its budget"))
        .isEqualTo("the harbor board has not approved its budget");
  }

  @Test
  void shouldGiveTheClauseSubjectWhenTheRestOpensWithAnInflectedVerb() {
    assertThat(SPLITTER.withSubjectOf("she visited the old lighthouse", "wants it sold to a trust"))
        .isEqualTo("she wants it sold to a trust");
  }

  @Test
  void shouldSkipALinkingAdverbBeforeTheVerb() {
    assertThat(SPLITTER.withSubjectOf("the council met the fishermen", "still has not set a quota"))
        .isEqualTo("the council still has not set a quota");
  }

  @Test
  void shouldLeaveTheRestAloneWhenItHasASubjectOfItsOwn() {
    assertThat(SPLITTER.withSubjectOf("the council met the fishermen", "the quota has not been set"))
        .isEqualTo("the quota has not been set");
  }

  @Test
  void shouldLeaveTheRestAloneWhenItOpensWithNoFiniteVerb() {
    assertThat(SPLITTER.withSubjectOf("the council met the fishermen", "not for long")).isEqualTo("not for long");
    assertThat(SPLITTER.withSubjectOf("the council met the fishermen", "seeing no change in the rules"))
        .isEqualTo("seeing no change in the rules");
  }

  @Test
  void shouldLeaveTheRestAloneWhenTheButMayContinueARelativeClause() {
    assertThat(SPLITTER.withSubjectOf("the plan helps the mayor, who may not be popular", "can now count on the unions"))
        .isEqualTo("can now count on the unions");
  }

  @Test
  void shouldLeaveTheRestAloneWhenItsSubjectIsInverted() {
    assertThat(SPLITTER.withSubjectOf("the captain says what the crew wants to hear", "should he win, little will change"))
        .isEqualTo("should he win, little will change");
  }
}
