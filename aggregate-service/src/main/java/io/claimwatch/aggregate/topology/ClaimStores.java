package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimSummary;
import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.aggregate.score.OriginState;
import io.claimwatch.schemas.ClaimStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The aggregate's per-claim stores as one stream task sees them, with the scans it needs. Every scan is bounded: one
 * origin's facts ({@link #originFacts}), the first {@code n} origins by rank, the facts with the claim's earliest
 * event time, the one article after a given one.
 */
final class ClaimStores {

  private static final byte[] PRESENT = {1};

  final KeyValueStore<Bytes, FactBrief> facts;
  final KeyValueStore<Bytes, OriginState> origins;
  final KeyValueStore<Bytes, byte[]> rank;
  final KeyValueStore<Bytes, Integer> articles;
  final KeyValueStore<Bytes, String> times;
  final KeyValueStore<String, ClaimSummary> summaries;
  final KeyValueStore<String, ClaimStatus> statuses;
  final KeyValueStore<String, FactBrief> dirty;

  ClaimStores(ProcessingContext context) {
    facts = context.getStateStore(AggregateTopology.FACT_STORE);
    origins = context.getStateStore(AggregateTopology.ORIGIN_STORE);
    rank = context.getStateStore(AggregateTopology.RANK_STORE);
    articles = context.getStateStore(AggregateTopology.ARTICLE_STORE);
    times = context.getStateStore(AggregateTopology.TIME_STORE);
    summaries = context.getStateStore(AggregateTopology.SUMMARY_STORE);
    statuses = context.getStateStore(AggregateTopology.STATUS_STORE);
    dirty = context.getStateStore(AggregateTopology.DIRTY_STORE);
  }

  List<FactBrief> originFacts(String claimId, String originKey) {
    List<FactBrief> out = new ArrayList<>();
    try (KeyValueIterator<Bytes, FactBrief> it =
        facts.prefixScan(StoreKeys.originFacts(claimId, originKey), Serdes.Bytes().serializer())) {
      it.forEachRemaining(kv -> out.add(kv.value));
    }
    return out;
  }

  /** Moves the origin's rank entry from its old weight to its new one (either side may be empty). */
  void rerank(String claimId, OriginState before, OriginState after, double beforeWeight, double afterWeight) {
    Bytes old = before == null || before.isEmpty() ? null : StoreKeys.rank(claimId, beforeWeight, before.originKey());
    Bytes next = after == null || after.isEmpty() ? null : StoreKeys.rank(claimId, afterWeight, after.originKey());
    if (old != null && !old.equals(next)) {
      rank.delete(old);
    }
    if (next != null && !next.equals(old)) {
      rank.put(next, PRESENT);
    }
  }

  /** The claim's {@code n} heaviest origins, in display order. */
  List<OriginState> topOrigins(String claimId, int n) {
    List<OriginState> out = new ArrayList<>(n);
    try (KeyValueIterator<Bytes, byte[]> it = rank.prefixScan(StoreKeys.claim(claimId), Serdes.Bytes().serializer())) {
      while (it.hasNext() && out.size() < n) {
        String originKey = StoreKeys.rankOrigin(it.next().key, claimId);
        OriginState origin = origins.get(StoreKeys.origin(claimId, originKey));
        if (origin == null) {
          throw new IllegalStateException("rank entry without origin " + originKey + " on claim " + claimId);
        }
        out.add(origin);
      }
    }
    return out;
  }

  /** The claim's earliest fact by {@link FactBrief#EARLIEST_FIRST}: the facts at the smallest event time. */
  FactBrief earliest(String claimId) {
    FactBrief best = null;
    long first = 0;
    try (KeyValueIterator<Bytes, String> it = times.prefixScan(StoreKeys.claim(claimId), Serdes.Bytes().serializer())) {
      while (it.hasNext()) {
        KeyValue<Bytes, String> next = it.next();
        long millis = StoreKeys.timeMillis(next.key, claimId);
        if (best != null && millis != first) {
          break;
        }
        first = millis;
        String factId = factIdOfTime(next.key, claimId);
        FactBrief fact = facts.get(StoreKeys.fact(claimId, next.value, factId));
        if (best == null || FactBrief.EARLIEST_FIRST.compare(fact, best) < 0) {
          best = fact;
        }
      }
    }
    return best;
  }

  /** The smallest article id of the claim after {@code after} (from the start when null), or null. */
  String articleAfter(String claimId, String after) {
    Bytes prefix = StoreKeys.claim(claimId);
    Bytes from = after == null ? prefix : StoreKeys.after(StoreKeys.article(claimId, after));
    try (KeyValueIterator<Bytes, Integer> it = articles.range(from, StoreKeys.upperBound(prefix))) {
      if (it.hasNext()) {
        Bytes key = it.next().key;
        return StoreKeys.startsWith(key, prefix) ? StoreKeys.articleId(key, claimId) : null;
      }
    }
    return null;
  }

  private static String factIdOfTime(Bytes timeKey, String claimId) {
    int offset = StoreKeys.claim(claimId).get().length + 8;
    byte[] key = timeKey.get();
    return new String(key, offset, key.length - offset, java.nio.charset.StandardCharsets.UTF_8);
  }
}
