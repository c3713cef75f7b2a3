package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.Cue;

/**
 * An attribution found in one sentence, before source resolution: token ranges [start, end) into the sentence's tokens
 * ({@code sourceStart} is -1 when there is no source mention), the cue, the content, an optional cited source
 * ("citing people familiar with the matter"), and the stance signals seen around the cue. An empty content range
 * ({@code contentStart == contentEnd}) is an attribution whose content could not be bounded to a clause: its source
 * and cue stand, it has no claim ({@link ClauseBounds}).
 */
public record RawAttribution(int sourceStart, int sourceEnd, int cueStart, int cueEnd, int contentStart, int contentEnd,
    Cue cue, boolean cueNegated, boolean cueHedged, boolean neitherNor, int citedStart, int citedEnd,
    boolean falsityCall) {

  public RawAttribution withFalsityCall() {
    return new RawAttribution(sourceStart, sourceEnd, cueStart, cueEnd, contentStart, contentEnd, cue, cueNegated,
        cueHedged, neitherNor, citedStart, citedEnd, true);
  }

  public RawAttribution withCited(int start, int end) {
    return new RawAttribution(sourceStart, sourceEnd, cueStart, cueEnd, contentStart, contentEnd, cue, cueNegated,
        cueHedged, neitherNor, start, end, falsityCall);
  }

  /** Whether the content surrounds the source and cue: a quote split by its speaker ("“A,” she said, “b.”"). */
  public boolean surroundsAttribution() {
    return sourceStart >= 0 && contentStart < sourceStart && contentEnd > cueEnd;
  }

  /** Whether the content range is not empty (a content bounded to a clause, or one before the source). */
  public boolean hasContent() {
    return contentEnd > contentStart;
  }

  /** The attribution without a content: an empty range where its content started. */
  public RawAttribution withoutContent() {
    return withContent(contentStart, contentStart);
  }

  public RawAttribution withContent(int start, int end) {
    return new RawAttribution(sourceStart, sourceEnd, cueStart, cueEnd, start, end, cue, cueNegated, cueHedged,
        neitherNor, citedStart, citedEnd, falsityCall);
  }
}
