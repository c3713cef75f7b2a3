package io.claimwatch.extraction;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Follows "X, citing Y" links of one article to the source a report started from, through any number of hops
 * ("the Coast Daily, citing Nordwire" and "Nordwire, citing the Harbor Times" give the Daily the origin the
 * Harbor Times); a cycle stops at the last new source.
 */
final class RelayChain {
  private RelayChain() {}

  /** The end of the citation chain starting at {@code cited}; {@code citedBy} maps a source key to whom it cites. */
  static FoundSource origin(FoundSource cited, Map<String, FoundSource> citedBy) {
    FoundSource at = cited;
    Set<String> seen = new HashSet<>();
    seen.add(at.key());
    for (FoundSource next = citedBy.get(at.key()); next != null && seen.add(next.key()); next = citedBy.get(at.key())) {
      at = next;
    }
    return at;
  }
}
