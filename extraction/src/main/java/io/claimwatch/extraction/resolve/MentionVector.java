package io.claimwatch.extraction.resolve;

/** A claim mention as the resolver sees it: id, text, unit-length embedding and event time (epoch millis). */
public record MentionVector(String mentionId, String text, float[] vector, long eventTime) {
}
