package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.score.ClaimSummary;
import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.aggregate.score.StatusAssembler;
import io.claimwatch.aggregate.score.StatusComparison;
import io.claimwatch.aggregate.score.StatusHistory;
import io.claimwatch.schemas.ClaimStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Publishes the status of every claim marked dirty since the last run: assembled from the claim's summary and its
 * {@code topSources} first rank entries; not re-published when equal to the last one ignoring history and timestamps;
 * a tombstone (and the stored status dropped) when the claim has no fact left. The history point and
 * {@code lastIngestedAt} come from the last fact that touched the claim. Runs on the stream thread from a wall-clock
 * punctuation, so the dirty marks, the stored status and the forwarded records commit together (exactly-once).
 */
final class StatusPublisher {

  private final ProcessorContext<String, ClaimStatus> context;
  private final ClaimStores stores;
  private final ClaimScorer scorer;
  private final StatusListener listener;

  StatusPublisher(ProcessorContext<String, ClaimStatus> context, ClaimStores stores, ClaimScorer scorer,
      StatusListener listener) {
    this.context = context;
    this.stores = stores;
    this.scorer = scorer;
    this.listener = listener;
  }

  void publishDirty(long now) {
    List<KeyValue<String, FactBrief>> dirty = new ArrayList<>();
    try (KeyValueIterator<String, FactBrief> all = stores.dirty.all()) {
      all.forEachRemaining(dirty::add);
    }
    for (KeyValue<String, FactBrief> claim : dirty) {
      publish(claim.key, claim.value, now);
      stores.dirty.delete(claim.key);
    }
  }

  private void publish(String claimId, FactBrief cause, long now) {
    ClaimStatus previous = stores.statuses.get(claimId);
    ClaimSummary summary = stores.summaries.get(claimId);
    if (summary == null || summary.isEmpty()) {
      if (previous != null) {
        stores.statuses.delete(claimId);
        context.forward(new Record<>(claimId, null, now));
        listener.onStatus(claimId, null);
      }
      return;
    }
    ClaimStatus scored = StatusAssembler.assemble(claimId, summary,
        stores.topOrigins(claimId, scorer.bounds().topSources()), scorer.config(), scorer.bounds());
    if (previous != null && StatusComparison.sameIgnoringHistory(previous, scored)) {
      return;
    }
    ClaimStatus published = StatusHistory.next(previous, scored,
        new StatusHistory.Cause(cause.eventTime(), cause.ingestedAt(), cause.articleId()),
        scorer.config().historyLimit(), scorer.bounds());
    stores.statuses.put(claimId, published);
    context.forward(new Record<>(claimId, published, now));
    listener.onStatus(claimId, ClaimState.of(List.of(), published));
  }
}
