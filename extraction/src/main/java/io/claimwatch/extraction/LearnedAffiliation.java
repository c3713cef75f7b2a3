package io.claimwatch.extraction;

import java.util.Objects;

/**
 * One learned "speaks for" fact: the person with key {@code personKey} speaks for the organization
 * ({@code organizationKey}, {@code organizationName}, {@code organizationType}); {@code provenanceArticleId} is the
 * article whose text taught it.
 */
public record LearnedAffiliation(String personKey, String organizationKey, String organizationName,
    SourceKind organizationType, String provenanceArticleId) {
  public LearnedAffiliation {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(organizationKey, "organizationKey");
    Objects.requireNonNull(organizationName, "organizationName");
    Objects.requireNonNull(organizationType, "organizationType");
  }

  /** The organization as a source (no mention: it is implied by the person). */
  public FoundSource organization() {
    return new FoundSource(organizationKey, organizationName, organizationType, null, null);
  }
}
