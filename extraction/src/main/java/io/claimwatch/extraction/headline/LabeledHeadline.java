package io.claimwatch.extraction.headline;

/** A training example: a claim, a headline about it, and the headline's annotated stance. */
public record LabeledHeadline(String claim, String headline, HeadlineStance stance) {
}
