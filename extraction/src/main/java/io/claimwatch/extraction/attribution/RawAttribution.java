package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.Cue;

/**
 * An attribution found in one sentence, before source resolution: token ranges [start, end) into the sentence's tokens
 * ({@code sourceStart} is -1 when there is no source mention), the cue, the content, an optional cited source
 * ("citing people familiar with the matter"), and the stance signals seen around the cue.
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

  public RawAttribution withContent(int start, int end) {
    return new RawAttribution(sourceStart, sourceEnd, cueStart, cueEnd, start, end, cue, cueNegated, cueHedged,
        neitherNor, citedStart, citedEnd, falsityCall);
  }
}
