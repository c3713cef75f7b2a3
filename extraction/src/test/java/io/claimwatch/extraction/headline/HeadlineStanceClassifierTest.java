package io.claimwatch.extraction.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeadlineStanceClassifierTest {

  private static final String SQUID = "A giant squid washed up on a beach in Oregon";
  private final HeadlineStanceClassifier classifier = HeadlineStanceClassifier.fromResources();

  @Test
  void shouldBeForWhenHeadlineAssertsClaim() {
    assertThat(classifier.classify(SQUID, "Giant squid washes up on Oregon beach").stance())
        .isEqualTo(HeadlineStance.FOR);
  }

  @Test
  void shouldBeAgainstWhenHeadlineCallsItAHoax() {
    assertThat(classifier.classify(SQUID, "Giant squid photo from Oregon is a hoax").stance())
        .isEqualTo(HeadlineStance.AGAINST);
    assertThat(classifier.classify(SQUID, "No, a giant squid did not wash up in Oregon").stance())
        .isEqualTo(HeadlineStance.AGAINST);
  }

  @Test
  void shouldBeObservingWhenHeadlineHedgesOrAsks() {
    assertThat(classifier.classify(SQUID, "Giant squid reportedly found on Oregon beach").stance())
        .isEqualTo(HeadlineStance.OBSERVING);
    assertThat(classifier.classify(SQUID, "Did a giant squid really wash up in Oregon?").stance())
        .isEqualTo(HeadlineStance.OBSERVING);
  }

  @Test
  void shouldGiveProbabilityAsConfidenceWhenClassifying() {
    HeadlineStanceDecision d = classifier.classify(SQUID, "Giant squid washes up on Oregon beach");
    assertThat(d.confidence()).isBetween(1.0 / 3, 1.0);
    assertThat(classifier.classify(null, "Giant squid washes up").stance()).isNotNull();
  }

  @Test
  void shouldParseEmergentLabelsWhenReadingData() {
    assertThat(HeadlineStance.fromLabel(" Observing ")).isEqualTo(HeadlineStance.OBSERVING);
    assertThat(HeadlineStance.FOR.label()).isEqualTo("for");
    assertThatThrownBy(() -> HeadlineStance.fromLabel("maybe")).hasMessageContaining("maybe");
  }
}
