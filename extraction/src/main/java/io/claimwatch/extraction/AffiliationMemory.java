package io.claimwatch.extraction;

import java.util.Optional;

/**
 * Affiliations learned from text ("Harbor Authority spokeswoman Mira Holm" teaches that Mira Holm speaks for the Harbor Authority),
 * kept across articles so a later article that names only the person still resolves to the organization. Keys are
 * {@link FoundSource#key()}s. Implementations: {@link #none()} (no memory: every article stands alone),
 * {@link InMemoryAffiliationMemory} (one {@code claimwatch analyze} run) and enrich-service's global store fed by a
 * compacted topic. The analyzer calls {@link #lookup} only for persons whose article names no organization for them,
 * and {@link #learn} for every affiliation an article states; what the article itself says always wins.
 */
public interface AffiliationMemory {

  /** The organization the person was last learned to speak for, if any. */
  Optional<LearnedAffiliation> lookup(String personKey);

  /** Records that {@code personKey} speaks for {@code organization}, as taught by article {@code provenanceArticleId}. */
  void learn(String personKey, FoundSource organization, String provenanceArticleId);

  /** A memory that knows nothing and forgets everything. */
  static AffiliationMemory none() {
    return NoAffiliationMemory.INSTANCE;
  }

  /** The stateless no-op memory of {@link #none()}. */
  enum NoAffiliationMemory implements AffiliationMemory {
    INSTANCE;

    @Override
    public Optional<LearnedAffiliation> lookup(String personKey) {
      return Optional.empty();
    }

    @Override
    public void learn(String personKey, FoundSource organization, String provenanceArticleId) {}
  }
}
