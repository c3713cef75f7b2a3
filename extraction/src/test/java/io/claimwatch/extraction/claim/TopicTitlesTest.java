package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A title-cased headline that only names a topic is no claim; a headline that states one stays a claim. */
class TopicTitlesTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict headline(String text) {
    return SHAPE.judge(text, true);
  }

  @Test
  void shouldRejectAHeadlineWhenItIsATitleCasedNounPhrase() {
    assertThat(headline("The Quiet Rise Of The Harbor Party")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("The Mayor's Grand Plans For The Old Pier")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Rebuilding the Old Pier on a Budget")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepAHeadlineWhenItHasAVerbOrNegation() {
    assertThat(headline("The Mayor Backs The Pier Plan")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("The Harbor Party Will Not Run In May")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("The Ferry Strike Has Ended")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepASentenceCasedHeadlineWhenItDoesNotOpenWithAnArticleOrPossessive() {
    assertThat(headline("Port closure over storm")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("Ferry fares up again")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectASentenceCasedHeadlineWhenItOpensWithAnArticleOrPossessiveAndHasNoVerb() {
    assertThat(headline("The steep cost of the harbor plan")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("The mayor's pier dilemma")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("A quiet harbor town's long winter")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepASentenceCasedHeadlineWhenAWordInSHasAnObject() {
    assertThat(headline("The mayor's plan leaves everyone unhappy")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("The ferry strike ends")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANominalTextWhenItStartsAtALowerCaseFiniteVerb() {
    assertThat(headline("suggested a rift between the mayor and the harbor board")).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(headline("a rift between the mayor and the harbor board")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepAHeadlineWhenAnAdjectiveAfterItsNounIsThePredicate() {
    assertThat(headline("The Harbor Band's Old Drummer Dead At 81")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("The Mayor's Pier Plans Dead In The Water")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("The Old Ferry's Captain Missing After Storm")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldStillRejectATopicTitleWhenItsAdjectivesStandBeforeTheirNouns() {
    assertThat(headline("The Mayor's Bold New Plans For The Harbor")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldRejectAHeadlineWhenAFrontedPhraseOpensItAndNoVerbFollows() {
    assertThat(headline("Inside the harbor board's long night")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("For the mayor, lessons from a hard winter")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Amid the storm, the mayor closes the port")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("For the mayor, it's bigger than the port")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(headline("In a crazy season, Jo Roe strives for a seat on the board")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAHeadlineWhenItOpensWithAnImperative() {
    assertThat(headline("Keep the Receipts, Mayor")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Give Us a Few Numbers")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Talks collapse as ferry strike drags on")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAHeadlineWhenItsPartAfterAColonIsAnImperativeBe() {
    assertThat(headline("A lesson from the harbor master: Be the calm in the storm")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(headline("Poll: Lee a big favorite among ferry crews")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectAGerundTopicTitleWhenAnAbbreviationInSFollowsItsArticle() {
    assertThat(headline("Examining the U.N.s Record on Harbor Safety")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldNotTakeAHeadlinesOwnTextForAClaimWhenItShowsNoVerb() {
    assertThat(SHAPE.isHeadlineClaim("Harbor contingency plan")).isFalse();
    assertThat(SHAPE.isHeadlineClaim("Sisterhood of the old pier")).isFalse();
    assertThat(SHAPE.isHeadlineClaim("Council wins harbor vote")).isTrue();
    assertThat(SHAPE.isHeadlineClaim("Roe, Lee clash over ferry fees")).isTrue();
    assertThat(SHAPE.isHeadlineClaim("Old ferry captain missing after storm")).isTrue();
    assertThat(SHAPE.isHeadlineClaim("Mayor: Harbor fees unfair")).isTrue();
  }

  @Test
  void shouldReadAWordInSBeforeAPrepositionAsANounWhenAnAdjectiveOpensTheHeadline() {
    assertThat(SHAPE.isHeadlineClaim("Anger, but few options on the table")).isFalse();
    assertThat(SHAPE.isHeadlineClaim("Ferry fares rise again")).isTrue();
    assertThat(SHAPE.isHeadlineClaim("Harbor board, Lee Roe presses on with pier plan")).isTrue();
  }

  @Test
  void shouldNotTakeAHeadlinesOpeningNegationForAVerb() {
    assertThat(SHAPE.isHeadlineClaim("Not another harbor scandal")).isFalse();
    assertThat(SHAPE.isHeadlineClaim("Mayor not sure about the pier")).isTrue();
  }
}
