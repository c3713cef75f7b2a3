package io.claimwatch.extraction;

/** A source's stance toward a claim: it asserts it, denies it, or only relays/hedges it. */
public enum StanceLabel { CONFIRMS, DENIES, REPORTS }
