package io.claimwatch.extraction;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learned affiliations held in memory for one run (the {@code claimwatch analyze} command analyzes its inputs in
 * order with one of these). The latest article that states an affiliation wins, as in enrich's compacted topic.
 * Thread-safe.
 */
public final class InMemoryAffiliationMemory implements AffiliationMemory {
  private final Map<String, LearnedAffiliation> byPerson = new ConcurrentHashMap<>();

  @Override
  public Optional<LearnedAffiliation> lookup(String personKey) {
    return Optional.ofNullable(byPerson.get(personKey));
  }

  @Override
  public void learn(String personKey, FoundSource organization, String provenanceArticleId) {
    byPerson.put(personKey, new LearnedAffiliation(personKey, organization.key(), organization.name(),
        organization.type(), provenanceArticleId));
  }

  /** How many persons are known. */
  public int size() {
    return byPerson.size();
  }
}
