package io.claimwatch.extraction.headline;

import java.util.Objects;

/**
 * A headline stance decision with the classifier's probability for the chosen class.
 *
 * @param stance     the decided stance
 * @param confidence probability of {@code stance} under the model, in [0, 1]
 */
public record HeadlineStanceDecision(HeadlineStance stance, double confidence) {
  public HeadlineStanceDecision {
    Objects.requireNonNull(stance, "stance");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }
}
