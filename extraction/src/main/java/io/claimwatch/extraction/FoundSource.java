package io.claimwatch.extraction;

/**
 * A normalized source. {@code key} is stable across articles and wordings ("Harbor Authority spokeswoman Mira Holm" and
 * "Holm" share it); {@code affiliation} is the organization a person speaks for, if known; {@code mention} is where
 * the source was named in this article, null for a source that is only implied (the publisher).
 */
public record FoundSource(String key, String name, SourceKind type, String affiliation, TextSpan mention) {}
