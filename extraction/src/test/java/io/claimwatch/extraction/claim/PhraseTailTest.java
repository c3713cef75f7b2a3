package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A verbless lower-case phrase, a comma and a clause is the tail of a cut phrase; a time phrase or apposition is not. */
class PhraseTailTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  @Test
  void shouldRejectTheTailOfACutPhraseBeforeAClause() {
    assertThat(SHAPE.judge("the record, we keep our word to the dock workers", false)).isEqualTo(ClaimShape.Verdict.FRAGMENT);
    assertThat(SHAPE.judge("his column, he is ready to sell the pier", false)).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldKeepAClauseAfterAFrontedTimePhrase() {
    assertThat(SHAPE.judge("the next morning, the port closed for the storm", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepAnAppositionOrRelativeClauseAfterTheSubject() {
    assertThat(SHAPE.judge("her rival, the mayor, wants a new ferry terminal", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("the board, which met on Friday, wouldn't sell the pier", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldStartTheTextAtTheClauseAfterTheTail() {
    PhraseTail tails = new PhraseTail(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());
    assertThat(tails.clause("the record, we keep our word to the dock workers")).isEqualTo("we keep our word to the dock workers");
    assertThat(tails.clause("the next morning, the port closed for the storm")).isEqualTo("the next morning, the port closed for the storm");
  }

  @Test
  void shouldKeepTheTailWhenOnlyASpeechFrameFollows() {
    PhraseTail tails = new PhraseTail(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());
    assertThat(tails.clause("a fair price, the skipper said")).isEqualTo("a fair price, the skipper said");
    assertThat(SHAPE.judge("a fair price, the skipper said", false)).isEqualTo(ClaimShape.Verdict.FRAGMENT);
  }

  @Test
  void shouldStartAtTheClauseAfterABareLowerCaseNounPhrase() {
    PhraseTail tails = new PhraseTail(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());
    assertThat(tails.clause("pier repairs, the town will not pay for them")).isEqualTo("the town will not pay for them");
    assertThat(tails.clause("pier repairs, the mayor's office will not pay for them"))
        .isEqualTo("the mayor's office will not pay for them");
    assertThat(tails.clause("hours later, the skipper issued a warning")).isEqualTo("hours later, the skipper issued a warning");
  }

  @Test
  void shouldDropALoneLowerCaseNounBeforeANameOrPronoun() {
    PhraseTail tails = new PhraseTail(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());
    assertThat(tails.clause("rival Ann Lee won the harbor seat")).isEqualTo("Ann Lee won the harbor seat");
    assertThat(tails.clause("night they closed the pier to ferries")).isEqualTo("they closed the pier to ferries");
    assertThat(tails.clause("dock workers will strike on Monday")).isEqualTo("dock workers will strike on Monday");
  }

  @Test
  void shouldDropALoneAdverbOfACutSpeechFrameBeforeAClause() {
    PhraseTail tails = new PhraseTail(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());
    assertThat(tails.clause("calmly, the pier will reopen next week")).isEqualTo("the pier will reopen next week");
    assertThat(tails.clause("back: we never sold the pier")).isEqualTo("we never sold the pier");
    assertThat(tails.clause("calmly, with a shrug")).isEqualTo("calmly, with a shrug");
  }

  @Test
  void shouldStartTheTextAtTheClauseWhenATimeNounFollowsTheHeadOfTheTail() {
    PhraseTail tails = new PhraseTail(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());
    assertThat(tails.clause("her bid for the harbor seat last spring, the mayor was holding a meeting at the pier"))
        .isEqualTo("the mayor was holding a meeting at the pier");
  }
}
