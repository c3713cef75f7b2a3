package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/**
 * Headlines that open with an auxiliary or an infinitive, list titles, a noun phrase with a gapped relative only and
 * a noun's infinitive are no claims.
 */
class HeadlineFragmentsTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict headline(String text) {
    return SHAPE.judge(text, true);
  }

  @Test
  void shouldRejectAHeadlineWhenItOpensWithAnAuxiliaryOrAnInfinitive() {
    assertThat(headline("Could Sink The Harbor Budget")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Is The Best Pier On The Coast")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Not To Worry About The Ferry Fares")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepAHeadlineWhenItsFirstWordIsAnAcronymOrAName() {
    assertThat(headline("IS Fighters Seize Harbor Town")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("Will Ortiz Joins The Harbor Board")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("Don't expect the ferry before May, harbor board says")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAHeadlineWhenItIsAListTitle() {
    assertThat(headline("7 things to know about the harbor vote")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Ten Ways To Save The Old Pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Three reasons the pier is unsafe")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("2017 brings harbor crews new lessons")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAHeadlineWhenOnlyARelativeOrComplementClauseHasAVerb() {
    assertThat(headline("The Myth That The Mayor Can Save The Port")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Four young captains who could still win the vote")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("The Captain Who Saved The Ferry Was A Fraud")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAHeadlineWhenItIsANounPhraseAndAGappedRelativeOnly() {
    assertThat(headline("The harbor speech we'd like to hear")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("The harbor speech we heard was too long")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAHeadlineWhenItsOnlyVerbIsANounsInfinitive() {
    assertThat(SHAPE.isHeadlineClaim("The mayor's last chance to save the pier")).isFalse();
    assertThat(SHAPE.isHeadlineClaim("Dock workers vow to strike in May")).isTrue();
    assertThat(SHAPE.isHeadlineClaim("Injured seal to undergo surgery")).isTrue();
  }
}
