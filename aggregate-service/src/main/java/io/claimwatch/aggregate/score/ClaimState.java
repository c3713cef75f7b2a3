package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.EvidenceOp;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reference model of one claim, as a whole (tests and benchmarks; the aggregate keeps the same per fact, see
 * {@code AggregateTopology}): the standing facts keyed by {@link FactKey} (article, source key) and the
 * last published status. Immutable; {@link #apply} returns the next state and the {@link StatusChange} to publish.
 *
 * <p>Exactness: an UPSERT replaces the fact with the same identity, a RETRACT removes it, so updates and
 * retractions change the status exactly and the status is always {@link ClaimScorer#score} of the standing facts.
 * An UPSERT or RETRACT carrying an older {@code articleVersion} than the standing fact is ignored (stale).
 *
 * <p>Order independence: for a fixed set of per-fact operation sequences, every interleaving ends with the same
 * standing facts and therefore the same status, except for the three order-dependent fields: {@code history}
 * (one point per change of score or verdict, bounded to {@code historyLimit}, oldest dropped), {@code updatedAt}
 * (the latest event time of any evidence that changed the status, never decreasing) and {@code lastIngestedAt}
 * (ingest time of the article version behind the latest change). A status equal to the previous one except for
 * those fields is not re-published.
 */
public final class ClaimState {

  private static final ClaimState EMPTY = new ClaimState(new TreeMap<>(), null);

  private final SortedMap<FactKey, ClaimEvidence> facts;
  private final ClaimStatus status;

  private ClaimState(SortedMap<FactKey, ClaimEvidence> facts, ClaimStatus status) {
    this.facts = facts;
    this.status = status;
  }

  public static ClaimState empty() {
    return EMPTY;
  }

  /** Restores a state (e.g. from a store); later facts with the same identity win. */
  public static ClaimState of(Collection<ClaimEvidence> facts, ClaimStatus status) {
    SortedMap<FactKey, ClaimEvidence> map = new TreeMap<>();
    for (ClaimEvidence fact : facts) {
      map.put(FactKey.of(fact), fact);
    }
    return new ClaimState(map, status);
  }

  /** The standing facts, ordered by identity. */
  public Collection<ClaimEvidence> facts() {
    return Collections.unmodifiableCollection(facts.values());
  }

  /** The last published status, or null when nothing was published (or it was removed). */
  public ClaimStatus status() {
    return status;
  }

  public boolean isEmpty() {
    return facts.isEmpty();
  }

  /** Applies one piece of evidence on {@code claimId}. */
  public Transition apply(String claimId, ClaimEvidence evidence, ClaimScorer scorer) {
    FactKey key = FactKey.of(evidence);
    ClaimEvidence standing = facts.get(key);
    if (standing != null && standing.getArticleVersion() > evidence.getArticleVersion()) {
      return new Transition(this, new StatusChange.Unchanged());
    }
    SortedMap<FactKey, ClaimEvidence> next = new TreeMap<>(facts);
    if (evidence.getOp() == EvidenceOp.RETRACT) {
      if (standing == null) {
        return new Transition(this, new StatusChange.Unchanged());
      }
      next.remove(key);
    } else {
      if (evidence.equals(standing)) {
        return new Transition(this, new StatusChange.Unchanged());
      }
      next.put(key, evidence);
    }
    if (next.isEmpty()) {
      StatusChange change = status == null ? new StatusChange.Unchanged() : new StatusChange.Removed();
      return new Transition(new ClaimState(next, null), change);
    }
    ClaimStatus scored = scorer.score(claimId, next.values());
    if (status != null && StatusComparison.sameIgnoringHistory(status, scored)) {
      return new Transition(new ClaimState(next, status), new StatusChange.Unchanged());
    }
    ClaimStatus published = StatusHistory.next(status, scored,
        new StatusHistory.Cause(evidence.getEventTime(), evidence.getIngestedAt(), evidence.getArticleId()),
        scorer.config().historyLimit(), scorer.bounds());
    return new Transition(new ClaimState(next, published), new StatusChange.Updated(published));
  }

  /** The state after one piece of evidence, and what to publish. */
  public record Transition(ClaimState state, StatusChange change) {
    public Transition {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(change, "change");
    }
  }
}
