package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A headline that is one bare wh-clause names what the article explains and states no claim ({@link WhTitles}). */
class WhTitlesTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict headline(String text) {
    return SHAPE.judge(text, true);
  }

  @Test
  void shouldRejectAHeadlineWhenItIsABareWhClause() {
    assertThat(headline("Why the harbor board lost its nerve")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("How a ferry strike ended in a week")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("What went wrong at the old pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepAHeadlineWhenTheWhClauseIsASubjectOrFronted() {
    assertThat(headline("What the mayor said was a promise to the crew")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("When the tide turns, the port closes")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepAHeadlineWhenAWhClauseIsTheObjectOfItsVerb() {
    assertThat(headline("Mayor explains why the ferry fares will rise")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldStateThePresupposedClauseWhenATitleOpensWithWhyOrHowAndASubject() {
    assertThat(WhTitles.presupposed("Why the harbor board lost its nerve")).isEqualTo("the harbor board lost its nerve");
    assertThat(WhTitles.presupposed("How Port Town Won The Ferry Contract")).isEqualTo("Port Town Won The Ferry Contract");
  }

  @Test
  void shouldKeepATitleWhenItsQuestionWordIsNoPresupposition() {
    assertThat(WhTitles.presupposed("How many ferries will the port keep")).isEqualTo("How many ferries will the port keep");
    assertThat(WhTitles.presupposed("Why is the pier closed?")).isEqualTo("Why is the pier closed?");
    assertThat(WhTitles.presupposed("How to fix the old pier")).isEqualTo("How to fix the old pier");
    assertThat(WhTitles.presupposed("What went wrong at the pier")).isEqualTo("What went wrong at the pier");
  }
}
