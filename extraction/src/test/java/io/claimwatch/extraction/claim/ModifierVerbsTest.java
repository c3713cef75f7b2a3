package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import org.junit.jupiter.api.Test;

/** A verb the tagger finds between an article or possessive and a noun modifies the noun; it is no predicate. */
class ModifierVerbsTest {
  private static final ClaimShape SHAPE = new ClaimShape(new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()));

  @Test
  void shouldFindNoPredicateWhenTheOnlyVerbModifiesANoun() {
    assertThat(SHAPE.judge("a hushed one rather than a loud protest", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("the suspected smugglers who boarded the ferry", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldKeepTheClaimWhenAModifierVerbFollowsThePredicate() {
    assertThat(SHAPE.judge("The harbor board approved the planned pier extension", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldFindThePredicateAfterANameRenamedWithOr() {
    assertThat(SHAPE.judge("the Port Authority, or PA, has raised the ferry fares twice", false))
        .isEqualTo(ClaimShape.Verdict.CLAIM);
  }

  @Test
  void shouldReadAModifierVerbOnlyAfterAnArticleOrPossessive() {
    String[] words = {"that", "ended", "careers"};
    String[] tags = {"PRON", "VERB", "NOUN"};
    assertThat(ModifierVerbs.isPrenominal(words, tags, 1)).isFalse();
    assertThat(ModifierVerbs.isPrenominal(new String[] {"a", "planned", "rally"}, new String[] {"DET", "VERB", "NOUN"}, 1)).isTrue();
  }

  @Test
  void shouldFindNoPredicateWhenTheOnlyVerbIsAParticipleInAnApposition() {
    assertThat(SHAPE.judge("Ann Lee, 63, a ferry pilot raised in Port Town", false)).isNotEqualTo(ClaimShape.Verdict.CLAIM);
    assertThat(SHAPE.judge("Ann Lee, a pilot based in Port Town, has retired", false)).isEqualTo(ClaimShape.Verdict.CLAIM);
  }
}
