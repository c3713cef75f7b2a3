package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A negated elliptical clause takes the predicate of the clause before it. */
class EllipsisTest {
  private final Ellipsis ellipsis = new Ellipsis(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  @Test
  void shouldCompleteANegatedBeClauseWithThePreviousPredicate() {
    assertThat(ellipsis.complete("I'm not,", "the harbor master is a keen sailor")).isEqualTo("I'm not a keen sailor");
  }

  @Test
  void shouldCompleteANegatedModalWithThePreviousModalsPredicate() {
    assertThat(ellipsis.complete("they won't", "we will repair the pier by May")).isEqualTo("they won't repair the pier by May");
    assertThat(ellipsis.complete("the council can't", "the port can pay for the dredging"))
        .isEqualTo("the council can't pay for the dredging");
  }

  @Test
  void shouldLeaveAClauseAloneWhenItIsNotElliptical() {
    assertThat(ellipsis.complete("they won't sell it", "we will repair the pier")).isEqualTo("they won't sell it");
  }

  @Test
  void shouldLeaveAnUnnegatedOrUnmatchedEllipsisAlone() {
    assertThat(ellipsis.complete("you bet it could", "the pier could close")).isEqualTo("you bet it could");
    assertThat(ellipsis.complete("they won't", "the harbor master is a keen sailor")).isEqualTo("they won't");
    assertThat(ellipsis.complete("I'm not", null)).isEqualTo("I'm not");
  }

  @Test
  void shouldNotTakeThePredicateOfAQuestionOrAPossessive() {
    assertThat(ellipsis.complete("it isn't", "is the pier safe?")).isEqualTo("it isn't");
    assertThat(ellipsis.complete("he isn't", "Vos's boat sank")).isEqualTo("he isn't");
  }
}
