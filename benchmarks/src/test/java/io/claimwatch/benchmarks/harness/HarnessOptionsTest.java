package io.claimwatch.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessOptionsTest {

  @Test
  void shouldUseDefaultsWhenNoOptionsAreGiven() {
    HarnessOptions options = HarnessOptions.parse(List.of());

    assertThat(options.articles()).isEqualTo(300);
    assertThat(options.concurrency()).isEqualTo(4);
    assertThat(options.batchSize()).isEqualTo(1);
    assertThat(options.partitions()).isEqualTo(3);
    assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(options.awaitEach()).isFalse();
    assertThat(options.seedsDir()).isNull();
    assertThat(options.rate()).isZero();
    assertThat(options.singleStory()).isFalse();
    assertThat(options.baseline()).isFalse();
  }

  @Test
  void shouldReadRateSingleStoryAndBaselineWhenGiven() {
    HarnessOptions options = HarnessOptions.parse(List.of("--rate", "50", "--single-story", "--baseline"));

    assertThat(options.rate()).isEqualTo(50.0);
    assertThat(options.singleStory()).isTrue();
    assertThat(options.baseline()).isTrue();
    assertThatThrownBy(() -> HarnessOptions.parse(List.of("--rate", "0"))).hasMessageContaining("--rate");
  }

  @Test
  void shouldForceOneSenderAndSingleArticlesWhenAwaitingEach() {
    HarnessOptions options = HarnessOptions.parse(List.of("--concurrency", "8", "--batch-size", "50", "--await-each"));

    assertThat(options.awaitEach()).isTrue();
    assertThat(options.concurrency()).isEqualTo(1);
    assertThat(options.batchSize()).isEqualTo(1);
  }

  @Test
  void shouldRejectCountsOutsideTheBoundsWhenParsing() {
    assertThatThrownBy(() -> HarnessOptions.parse(List.of("--articles", "20001")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--articles must be between 1 and 20000");
    assertThatThrownBy(() -> HarnessOptions.parse(List.of("--concurrency", "x")))
        .hasMessageContaining("--concurrency must be a whole number");
    assertThatThrownBy(() -> HarnessOptions.parse(List.of("--partitions")))
        .hasMessageContaining("--partitions needs a value");
    assertThatThrownBy(() -> HarnessOptions.parse(List.of("--seeds", "/nonexistent-dir-for-harness-test")))
        .hasMessageContaining("is not a directory");
    assertThatThrownBy(() -> HarnessOptions.parse(List.of("--bogus", "1"))).hasMessageContaining("unknown option --bogus");
  }
}
