package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.extraction.adversarial.PathologicalText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every pathological kind of 1 MB body goes through the analyzer without an error (no recursion over input length,
 * no unbounded structure): spans stay inside the text, the caps that applied are noted, and the output is bounded by
 * the limits. Speed is measured by the JMH benchmark, not here.
 */
class PathologicalTextTest {
  private static final int ONE_MB = 1_000_000;

  @ParameterizedTest
  @EnumSource(PathologicalText.class)
  void shouldAnalyzeWithinTheLimitsWhenBodyIsPathological(PathologicalText kind) {
    ArticleInput in = new ArticleInput("poison-" + kind, "Poison Gazette", null, kind.title(), kind.body(ONE_MB));
    ArticleAnalysis a = Analyses.ANALYZER.analyze(in);

    ExtractionLimits limits = ExtractionLimits.DEFAULTS;
    assertThat(a.notes()).as("the character cap is noted").anyMatch(n -> n.contains("characters"));
    assertThat(a.sentences()).hasSizeLessThanOrEqualTo(limits.maxSentences());
    assertThat(a.attributions()).hasSizeLessThanOrEqualTo(limits.maxAttributions() + limits.maxSentences());
    String text = in.text();
    List<TextSpan> spans = new ArrayList<>(a.sentences());
    for (FoundAttribution x : a.attributions()) {
      Stream.of(x.sourceSpan(), x.cue(), x.content()).filter(Objects::nonNull).forEach(spans::add);
    }
    for (TextSpan s : spans) {
      assertThat(s.end()).isLessThanOrEqualTo(limits.maxChars());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void shouldNoteTheSentenceCapWhenArticleHasThousandsOfTinySentences() {
    ArticleInput in = new ArticleInput("tiny", null, null, "Tiny", PathologicalText.TINY_SENTENCES.body(150_000));
    ArticleAnalysis a = Analyses.ANALYZER.analyze(in);
    assertThat(a.sentences()).hasSize(ExtractionLimits.DEFAULTS.maxSentences());
    assertThat(a.notes()).anyMatch(n -> n.startsWith("analyzed the first 2000 of"));
  }

  @Test
  void shouldCutALongRunIntoPiecesWhenNoSentenceEnds() {
    ArticleInput in = new ArticleInput("caps", null, null, "Caps", PathologicalText.CAPITALIZED_RUN.body(100_000));
    ArticleAnalysis a = Analyses.ANALYZER.analyze(in);
    assertThat(a.sentences()).hasSizeGreaterThan(10);
    assertThat(a.notes()).anyMatch(n -> n.contains("were cut into pieces"));
  }

  @Test
  void shouldStopWithOverBudgetWhenDeadlineHasPassed() {
    ArticleInput in = new ArticleInput("late", null, null, "Late", PathologicalText.SAID_CUES.body(10_000));
    Deadline spent = Deadline.after(Duration.ZERO);
    assertThatThrownBy(() -> Analyses.ANALYZER.analyze(in, spent))
        .isInstanceOf(ExtractionOverBudgetException.class).hasMessageContaining("extraction over budget");
    assertThat(Analyses.ANALYZER.analyze(in, Deadline.after(Duration.ofMinutes(5))).attributions()).isNotEmpty();
  }

  @Test
  void shouldKeepOrdinaryArticlesFreeOfNotesWhenNoLimitApplies() {
    ArticleInput in = new ArticleInput("plain", null, null, "Harbor closes",
        "The harbor will close on Friday, Mayor Lena Ortiz said. The port authority denied it.");
    assertThat(Analyses.ANALYZER.analyze(in).notes()).isEmpty();
  }
}
