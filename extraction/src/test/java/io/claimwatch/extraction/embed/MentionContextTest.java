package io.claimwatch.extraction.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionContextTest {
  private static final String TITLE = "Ferry halted? Port says service resumes";
  private static final List<MentionContext.Sentence> SENTENCES = List.of(
      new MentionContext.Sentence("Ferry halted?", 0, 13),
      new MentionContext.Sentence("Port says service resumes", 14, 39),
      new MentionContext.Sentence("The pier was closed on Monday.", 40, 70),
      new MentionContext.Sentence("Crews repaired the ramp.", 71, 95));

  @Test
  void shouldBeTheWholeTitleLineWhenTheMentionStartsInTheTitle() {
    assertThat(MentionContext.of(24, TITLE, SENTENCES)).isEqualTo(TITLE);
  }

  @Test
  void shouldBeTheSentenceHoldingTheStartWhenTheMentionIsInTheBody() {
    assertThat(MentionContext.of(75, TITLE, SENTENCES)).isEqualTo("Crews repaired the ramp.");
  }

  @Test
  void shouldBeNullWhenNoSentenceHoldsTheStart() {
    assertThat(MentionContext.of(500, TITLE, SENTENCES)).isNull();
    assertThat(MentionContext.of(3, null, List.of())).isNull();
  }
}
