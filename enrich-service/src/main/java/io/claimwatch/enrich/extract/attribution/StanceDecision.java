package io.claimwatch.enrich.extract.attribution;

import io.claimwatch.enrich.extract.StanceLabel;

/** A stance with its confidence and the rule that decided it (for explanations and tests). */
public record StanceDecision(StanceLabel stance, double confidence, String rule) {}
