package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a claim sentence's main clause ends, and the negated asides that stay with it. */
class ClauseCutsTest {
  private final ExtractionLexicon lex = ExtractionLexicon.fromResources();
  private final ClauseCuts cuts = new ClauseCuts(List.copyOf(lex.words("claim_cutters")), lex.words("negations"));

  private String clause(String s) {
    return s.substring(0, cuts.clauseCut(s));
  }

  @Test
  void shouldCutAtWhichWhenTheAsideHasNoNegation() {
    assertThat(clause("the ferry company raised its fares, which angered the commuters"))
        .isEqualTo("the ferry company raised its fares");
  }

  @Test
  void shouldKeepAWhichAsideWhenItIsNegated() {
    assertThat(clause("the ferry company raised its fares, which it had promised not to do"))
        .isEqualTo("the ferry company raised its fares, which it had promised not to do");
    assertThat(clause("the board sold the old pier, which nobody had expected"))
        .isEqualTo("the board sold the old pier, which nobody had expected");
    assertThat(clause("the mayor closed the market, which I don’t think was wise"))
        .isEqualTo("the mayor closed the market, which I don’t think was wise");
  }

  @Test
  void shouldStillCutAfterANegatedAsideWhenAnotherCutterFollows() {
    assertThat(clause("the mayor closed the market, which was not wise, saying the stalls were unsafe"))
        .isEqualTo("the mayor closed the market, which was not wise");
  }

  @Test
  void shouldNotTakeANegationAfterTheAsideForTheAsides() {
    assertThat(clause("the mayor closed the market, which angered traders; the stalls will not reopen"))
        .isEqualTo("the mayor closed the market");
  }

  @Test
  void shouldKeepANegatedContrastWithItsClause() {
    assertThat(clause("the union is willing to negotiate, but never to give up the pension plan"))
        .isEqualTo("the union is willing to negotiate, but never to give up the pension plan");
  }

  @Test
  void shouldKeepAWhichAsideWhoseNegationFollowsACommaInsideIt() {
    assertThat(clause("the board sold the pier, which, the mayor said, was not planned"))
        .isEqualTo("the board sold the pier, which, the mayor said, was not planned");
  }

  @Test
  void shouldKeepAWhileAdverbialWhenNoClauseFollowsIt() {
    assertThat(clause("the new watch only shows alerts while on the wrist")).isEqualTo("the new watch only shows alerts while on the wrist");
    assertThat(clause("the mayor raised the fares while the council was away")).isEqualTo("the mayor raised the fares");
  }
}
