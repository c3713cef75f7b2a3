package io.claimwatch.extraction.resolve;

/**
 * What the resolver remembers of a title question: its vector, and the claim it was last found to ask about
 * ({@code claimId} null when no active claim is near enough) with that claim's similarity.
 */
public record StoredQuestion(String questionId, String text, float[] vector, long eventTime, String claimId,
                             double similarity) {
  StoredQuestion linkedTo(String claim, double sim) {
    return new StoredQuestion(questionId, text, vector, eventTime, claim, sim);
  }

  boolean linked() {
    return claimId != null;
  }
}
