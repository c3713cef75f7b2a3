package io.claimwatch.extraction.resolve;

/** What the resolver decided; the stream stage turns these into records. */
public sealed interface ResolutionEvent {

  /** The mention belongs to this claim (new, or moved by a merge). */
  record Assigned(String mentionId, String claimId, double similarity, String text, long at)
      implements ResolutionEvent {
  }

  /** The mention was retracted and belongs to no claim. */
  record Unassigned(String mentionId, long at) implements ResolutionEvent {
  }

  /** A claim was merged into another; its id redirects to the survivor forever. */
  record Merged(String claimId, String mergedInto, double similarity, int mentionsMoved, long at)
      implements ResolutionEvent {
  }

  /**
   * A title question asks about this claim (a read-only link: the question is no mention, it neither joins nor opens
   * a claim); a new event when the claim it is nearest to changes.
   */
  record Asked(String questionId, String claimId, double similarity, String text, long at) implements ResolutionEvent {
  }

  /** The question was retracted, or no active claim is near it any more. */
  record Unasked(String questionId, long at) implements ResolutionEvent {
  }
}
