package io.claimwatch.extraction;

import java.time.Duration;

/** An analysis ran past its {@link Deadline}; the article is not analyzed (the caller decides what that means). */
public final class ExtractionOverBudgetException extends RuntimeException {
  public ExtractionOverBudgetException(Duration budget) {
    super("extraction over budget (" + budget.toMillis() + " ms)", null, false, false);
  }
}
