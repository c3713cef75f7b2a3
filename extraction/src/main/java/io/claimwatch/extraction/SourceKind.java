package io.claimwatch.extraction;

/** What kind of source asserts or denies a claim. */
public enum SourceKind { PERSON, ORGANIZATION, PUBLICATION, ANONYMOUS, UNKNOWN }
