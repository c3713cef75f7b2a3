package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimSummary;
import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.aggregate.score.OriginState;
import io.claimwatch.aggregate.score.StatusBounds;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.EvidenceOp;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Applies one claim delta (a fact joining or leaving the claim, keyed by claim id) to the claim's per-fact, per-origin
 * and per-claim store entries and marks the claim dirty ({@value AggregateTopology#DIRTY_STORE}, in the same
 * transaction); every {@code emitInterval} of wall-clock time {@link StatusPublisher} publishes each dirty claim's
 * status once (a tombstone when its last fact left), so a burst on one claim costs one status per interval, not one
 * per fact.
 *
 * <p>Work per delta: a handful of point reads and writes, and only in three cases a scan: one origin's facts when a fact the origin's summary names leaves it, the
 * facts sharing the claim's earliest event time when the earliest fact leaves, one article key when a sampled article
 * leaves. Every store value is one fact, one origin summary or one claim summary, each bounded
 * ({@link StatusBounds}), never a growing collection.
 */
final class ClaimAggregateProcessor implements Processor<String, ClaimEvidence, String, ClaimStatus> {

  private final ClaimScorer scorer;
  private final StatusBounds bounds;
  private final StatusListener listener;
  private final Duration emitInterval;
  private ClaimStores stores;

  ClaimAggregateProcessor(ClaimScorer scorer, StatusListener listener, Duration emitInterval) {
    this.scorer = scorer;
    this.bounds = scorer.bounds();
    this.listener = listener;
    this.emitInterval = emitInterval;
  }

  @Override
  public void init(ProcessorContext<String, ClaimStatus> context) {
    this.stores = new ClaimStores(context);
    StatusPublisher publisher = new StatusPublisher(context, stores, scorer, listener);
    context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, now -> publisher.publishDirty(now));
  }

  @Override
  public void process(Record<String, ClaimEvidence> record) {
    String claimId = record.key();
    if (claimId == null || record.value() == null) {
      return;
    }
    FactBrief fact = FactBrief.of(record.value(), bounds);
    Bytes factKey = StoreKeys.fact(claimId, fact.originKey(), fact.factId());
    FactBrief standing = stores.facts.get(factKey);
    ClaimSummary before = stores.summaries.get(claimId);
    ClaimSummary summary = before == null ? ClaimSummary.EMPTY : before;
    if (record.value().getOp() == EvidenceOp.RETRACT) {
      if (standing == null) {
        return;
      }
      summary = remove(claimId, standing, summary);
    } else {
      if (fact.equals(standing)) {
        return;
      }
      if (standing != null) {
        summary = remove(claimId, standing, summary);
      }
      summary = add(claimId, fact, summary);
    }
    if (summary.isEmpty()) {
      stores.summaries.delete(claimId);
    } else {
      stores.summaries.put(claimId, summary);
    }
    stores.dirty.put(claimId, fact);
  }

  private ClaimSummary add(String claimId, FactBrief fact, ClaimSummary summary) {
    stores.facts.put(StoreKeys.fact(claimId, fact.originKey(), fact.factId()), fact);
    stores.times.put(StoreKeys.time(claimId, fact.eventTime(), fact.factId()), fact.originKey());
    Bytes originKey = StoreKeys.origin(claimId, fact.originKey());
    OriginState before = stores.origins.get(originKey);
    OriginState after = (before == null ? OriginState.empty(fact.originKey()) : before).add(fact, bounds);
    stores.origins.put(originKey, after);
    stores.rerank(claimId, before, after, weight(before), weight(after));
    ClaimSummary next = summary.withOriginChanged(before, after).withFactAdded(fact);
    Bytes articleKey = StoreKeys.article(claimId, fact.articleId());
    Integer count = stores.articles.get(articleKey);
    stores.articles.put(articleKey, count == null ? 1 : count + 1);
    return count == null ? next.withArticleAdded(fact.articleId(), bounds) : next;
  }

  private ClaimSummary remove(String claimId, FactBrief fact, ClaimSummary summary) {
    stores.facts.delete(StoreKeys.fact(claimId, fact.originKey(), fact.factId()));
    stores.times.delete(StoreKeys.time(claimId, fact.eventTime(), fact.factId()));
    Bytes originKey = StoreKeys.origin(claimId, fact.originKey());
    OriginState before = stores.origins.get(originKey);
    OriginState.Removal removal = before.remove(fact);
    OriginState after = removal.rescan()
        ? OriginState.rebuild(fact.originKey(), stores.originFacts(claimId, fact.originKey()), bounds)
        : removal.state();
    if (after.isEmpty()) {
      stores.origins.delete(originKey);
    } else {
      stores.origins.put(originKey, after);
    }
    stores.rerank(claimId, before, after, weight(before), weight(after));
    ClaimSummary next = summary.withOriginChanged(before, after).withFactRemoved(fact);
    if (next.earliest() == null && next.facts() > 0) {
      next = next.withEarliest(stores.earliest(claimId));
    }
    Bytes articleKey = StoreKeys.article(claimId, fact.articleId());
    int count = stores.articles.get(articleKey);
    if (count > 1) {
      stores.articles.put(articleKey, count - 1);
      return next;
    }
    stores.articles.delete(articleKey);
    next = next.withArticleRemoved(fact.articleId());
    if (next.needsArticleRefill(bounds)) {
      List<String> sample = next.articleSample();
      String refill = stores.articleAfter(claimId, sample.isEmpty() ? null : sample.getLast());
      if (refill != null) {
        next = next.withArticleRefilled(refill);
      }
    }
    return next;
  }

  private double weight(OriginState origin) {
    return origin == null || origin.isEmpty() ? 0.0 : origin.weight(scorer.config());
  }
}
