package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnaphoricContrastTest {
  @Test
  void shouldAcceptAShortNegatedClauseWhenItsSubjectPointsBack() {
    assertThat(AnaphoricContrast.is("it's simply not possible")).isTrue();
    assertThat(AnaphoricContrast.is("that isn't going to happen,")).isTrue();
    assertThat(AnaphoricContrast.is("this won't work.”")).isTrue();
    assertThat(AnaphoricContrast.is("it hasn't")).isTrue();
  }

  @Test
  void shouldRejectTheClauseWhenItIsPositiveLongOrHasAnotherSubject() {
    assertThat(AnaphoricContrast.is("it is possible")).isFalse();
    assertThat(AnaphoricContrast.is("the council isn't going to vote")).isFalse();
    assertThat(AnaphoricContrast.is("it does not mean the port will close before the end of the year")).isFalse();
    assertThat(AnaphoricContrast.is("it is not, the mayor said, a done deal")).isFalse();
  }
}
