package io.claimwatch.extraction;

/**
 * One attribution: {@code source} says {@code content} (introduced by {@code cue}) with a {@code stance} toward the claim
 * {@code claimId}. {@code origin} is where a relayed report comes from ("Nordwire, citing the Harbor Times" → origin the
 * Harbor Times); {@code sourceSpan} is the source mention as written (a pronoun stays a pronoun, while {@code source} is what it
 * resolves to). {@code party} is true when the source, or the organization it speaks for, is a participant of the claim.
 */
public record FoundAttribution(FoundSource source, FoundSource origin, TextSpan sourceSpan, TextSpan cue,
    TextSpan content, StanceLabel stance, double confidence, String claimId, boolean party) {}
