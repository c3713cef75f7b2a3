package io.claimwatch.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {
  private final NewsTokenizer tokenizer = new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations());

  private List<String> tokens(String s) {
    return tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
  }

  @Test
  void shouldKeepInitialismsAndSplitPossessivesWhenTokenizing() {
    assertThat(tokens("The U.S. envoy's plan, Mr. Lee said."))
        .containsExactly("The", "U.S.", "envoy", "'s", "plan", ",", "Mr.", "Lee", "said", ".");
  }

  @Test
  void shouldKeepHyphenatedWordsAndNumbersWhenTokenizing() {
    assertThat(tokens("President-elect Ada won 2,000 votes — “easily”"))
        .containsExactly("President-elect", "Ada", "won", "2,000", "votes", "—", "“", "easily", "”");
  }

  @Test
  void shouldTreatNonBreakingSpaceAsSpaceWhenTokenizing() {
    assertThat(tokens("The\u00a0Post\u00a0reported")).containsExactly("The", "Post", "reported");
  }

  @Test
  void shouldReportOffsetsWhenTokenizingARange() {
    String s = "xx Hello world";
    List<Token> t = tokenizer.tokenize(s, 3, s.length());
    assertThat(t.get(1).start()).isEqualTo(9);
    assertThat(t.get(1).end()).isEqualTo(14);
  }
}
