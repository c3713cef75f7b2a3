package io.claimwatch.extraction;

import java.time.Duration;

/**
 * A time budget for one analysis, checked cooperatively: the extraction loops call {@link #check()} between units of
 * work (a sentence, an attribution) and an exhausted budget ends the analysis with
 * {@link ExtractionOverBudgetException}. Nothing is interrupted or killed, so the caller's thread simply carries on
 * with its next input. Not shared between analyses.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);
  private final long expiresAtNanos;
  private final Duration budget;

  private Deadline(long expiresAtNanos, Duration budget) {
    this.expiresAtNanos = expiresAtNanos;
    this.budget = budget;
  }

  /** No budget: {@link #check()} never fails (offline tools, tests). */
  public static Deadline none() {
    return NONE;
  }

  /** A budget of {@code budget} from now. */
  public static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  /** Throws when the budget is spent. */
  public void check() {
    if (this != NONE && System.nanoTime() - expiresAtNanos > 0) {
      throw new ExtractionOverBudgetException(budget);
    }
  }
}
