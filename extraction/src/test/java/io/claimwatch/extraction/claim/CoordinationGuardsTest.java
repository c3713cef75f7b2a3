package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coordinations whose parts share an object or a noun stay one proposition ({@link CoordinationGuards}). */
class CoordinationGuardsTest {
  private static final ConjunctSplitter SPLITTER = new ConjunctSplitter(
      new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());

  private static List<String> split(String sentence) {
    return SPLITTER.split(sentence).stream().map(ConjunctSplitter.Conjunct::text).toList();
  }

  @Test
  void shouldKeepOnePropositionWhenTwoVerbsShareTheirObject() {
    assertThat(split("The shipyard designed and built the new ferry"))
        .containsExactly("The shipyard designed and built the new ferry");
  }

  @Test
  void shouldKeepOnePropositionWhenTwoAdjectivesShareTheirNoun() {
    assertThat(split("The pier should be the oldest and best-known landmark of the town"))
        .containsExactly("The pier should be the oldest and best-known landmark of the town");
  }

  @Test
  void shouldStillSplitWhenEachPredicateHasItsOwnWords() {
    assertThat(split("She rejected the audit and called it a stunt")).containsExactly("She rejected the audit", "She called it a stunt");
    assertThat(split("The harbor master resigned and the council called a new vote"))
        .containsExactly("The harbor master resigned", "the council called a new vote");
  }

  @Test
  void shouldLeaveAButToTheSplitterWhenTheLeftVerbHasNoObject() {
    assertThat(split("The old ferry should be sold but said it would keep running")).hasSize(2);
  }
}
