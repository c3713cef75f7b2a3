package io.claimwatch.extraction.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleQuestionsTest {
  private static final String TITLE = "Was the old ferry sold to a museum? Crews say no";
  private static final String TEXT = TITLE + "\nWho will run the route now? Nobody knows.";

  private static List<TextSpan> sentences() {
    return List.of(span("Was the old ferry sold to a museum?"), span("Crews say no"), span("Who will run the route now?"),
        span("Nobody knows."));
  }

  private static TextSpan span(String sentence) {
    int start = TEXT.indexOf(sentence);
    return TextSpan.of(TEXT, start, start + sentence.length());
  }

  @Test
  void shouldFindTheTitleQuestionWhenTheTitleAsksAndAnswers() {
    assertThat(TitleQuestions.of(TITLE, sentences(), List.of(span("Crews say no")))).extracting(TextSpan::text)
        .containsExactly("Was the old ferry sold to a museum?");
  }

  @Test
  void shouldIgnoreQuestionsWhenTheyStandInTheBody() {
    assertThat(TitleQuestions.of(TITLE, sentences(), List.of(span("Crews say no")))).extracting(TextSpan::text)
        .doesNotContain("Who will run the route now?");
  }

  @Test
  void shouldIgnoreAQuestionWhenItHasFewerThanThreeWords() {
    String title = "Ferry sold? Really?";
    assertThat(TitleQuestions.of(title, List.of(TextSpan.of(title, 0, 11), TextSpan.of(title, 12, 19)), List.of())).isEmpty();
  }

  @Test
  void shouldFindAQuestionWhenAClosingQuoteFollowsTheMark() {
    String title = "'Is the pier really closing?'";
    assertThat(TitleQuestions.of(title, List.of(TextSpan.of(title, 0, title.length())), List.of())).hasSize(1);
  }

  @Test
  void shouldFindATitleSentenceWhenNoClaimWasFoundInIt() {
    String title = "The steep cost of the pier plan. Council backs it";
    List<TextSpan> sentences = List.of(TextSpan.of(title, 0, 31), TextSpan.of(title, 32, title.length()));
    assertThat(TitleQuestions.of(title, sentences, List.of(TextSpan.of(title, 32, title.length())))).extracting(TextSpan::text)
        .containsExactly("The steep cost of the pier plan");
    assertThat(TitleQuestions.of(title, sentences, List.of(TextSpan.of(title, 4, 14), TextSpan.of(title, 32, 39)))).isEmpty();
  }
}
