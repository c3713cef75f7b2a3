package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import org.junit.jupiter.api.Test;

class ReportFramingTest {
  private final ReportFraming framing = new ReportFraming(ExtractionLexicon.fromResources());

  @Test
  void shouldStripAWrapperNearTheStartWhenItFramesTheContent() {
    assertThat(framing.strip("the Gazette's reports that the pier was sold")).isEqualTo("the pier was sold");
    assertThat(framing.strip("rumors of a crew walkout")).isEqualTo("a crew walkout");
  }

  @Test
  void shouldKeepALeadingOnlyWrapperWhenItIsNotAtTheStart() {
    assertThat(framing.strip("unlike the claims of some rivals, the ferry runs on time"))
        .isEqualTo("unlike the claims of some rivals, the ferry runs on time");
  }

  @Test
  void shouldTakeTheNounPhraseBeforeATrailingFramingNounWhenItHasAContentWord() {
    assertThat(framing.framedByTrailingNoun("pier closure rumors")).isEqualTo("pier closure");
    assertThat(framing.framedByTrailingNoun("the Gazette's report")).isEmpty();
    assertThat(framing.framedByTrailingNoun("the Harbor Times report")).isEmpty();
    assertThat(framing.framedByTrailingNoun("these latest reports")).isEmpty();
  }
}
