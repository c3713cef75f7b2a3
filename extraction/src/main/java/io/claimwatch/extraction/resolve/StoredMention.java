package io.claimwatch.extraction.resolve;

/** What the resolver remembers of an assigned mention, so it can move it on a merge or remove it on retraction. */
public record StoredMention(String mentionId, String claimId, String text, float[] vector, long eventTime) {
  StoredMention movedTo(String claim) {
    return new StoredMention(mentionId, claim, text, vector, eventTime);
  }
}
