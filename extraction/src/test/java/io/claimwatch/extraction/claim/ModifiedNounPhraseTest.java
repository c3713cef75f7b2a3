package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A noun phrase whose verbs sit only in its modifiers has no predicate ({@link ModifiedNounPhrase}). */
class ModifiedNounPhraseTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  private static ClaimShape.Verdict body(String text) {
    return SHAPE.judge(text, false);
  }

  @Test
  void shouldRejectANounPhraseWhenItsOnlyVerbIsAParticipleWithAnAgent() {
    assertThat(body("a harbor survey released on Monday by the port authority")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the new toll quickly seized upon by rival operators")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepTheClauseWhenByMeasuresAChange() {
    assertThat(body("the levy passed on Tuesday by 40 votes")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the harbor board approved on Monday by a wide margin")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepTheClauseWhenTheVerbHasAnObject() {
    assertThat(body("the harbor survey showed a drop in traffic")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepTheClauseWhenAnObjectFollowsTheVerbOrByNamesAMeans() {
    assertThat(body("the clerk violated the harbor rules by signing the permits")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the permit approved on Monday by signing a form")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldRejectANounPhraseWhenItsOnlyVerbIsInASubordinateClause() {
    assertThat(body("the old pier hours after the storm hit")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(body("the ferry company as the strike dragged on")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
  }

  @Test
  void shouldKeepTheClauseWhenTheMainVerbComesBeforeOrAfterTheSubordinateClause() {
    assertThat(body("the crew returned before the storm hit")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the night before the vote, the council met in private")).isEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(body("the new fee before the vote will rise")).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
