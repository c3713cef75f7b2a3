package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationScopeTest {
  private static final ExtractionLexicon LEX = ExtractionLexicon.fromResources();
  private final NegationScope scope = new NegationScope(LEX);
  private final NewsTokenizer tokenizer = new NewsTokenizer(LEX.abbreviations());

  private List<Token> tokens(String s) {
    return tokenizer.tokenize(s, 0, s.length());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "he had not spoken with the governor|MAIN_VERB",
      "she hasn't met the mayor yet|MAIN_VERB",
      "the ministry was never informed of the sale|MAIN_VERB",
      "no decision has been made|MAIN_VERB",
      "there are no plans for a meeting|MAIN_VERB",
      "the governor urged the council not to sell the pier|IN_CONTENT",
      "the council was informed and did not object|IN_CONTENT",
      "he should not raise the tariffs|IN_CONTENT",
      "she asked them not to leave|IN_CONTENT",
      "Subsequently, the port could not have approved the sale|MAIN_VERB",
      "there are currently no plans for a meeting|MAIN_VERB",
      "the pier was sold to a rival|NONE"})
  void shouldPlaceTheNegationWhenContentIsGiven(String content, NegationScope.Scope expected) {
    assertThat(scope.of(tokens(content))).isEqualTo(expected);
  }
}
