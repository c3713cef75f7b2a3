package io.claimwatch.extraction.headline;

/** One feature of a (claim, headline) pair: a name shared with the model's weights and its value (1 for binary ones). */
public record HeadlineFeature(String name, double value) {}
