package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.StanceLabel;

/** A stance with its confidence and the rule that decided it (for explanations and tests). */
public record StanceDecision(StanceLabel stance, double confidence, String rule) {}
