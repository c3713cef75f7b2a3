package io.claimwatch.aggregate.query;

import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.aggregate.topology.AggregateTopology;
import io.claimwatch.aggregate.topology.StoreKeys;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Cursor pages of one claim's evidence ({@value AggregateTopology#FACT_STORE}, origin by origin) and articles
 * ({@value AggregateTopology#ARTICLE_STORE}, by article id) from the local store partition that owns the claim: one
 * range read from the cursor's key, at most {@code limit + 1} entries, whatever the claim's size.
 */
final class ClaimPages {

  private final ClaimQueryService queries;

  ClaimPages(ClaimQueryService queries) {
    this.queries = queries;
  }

  ClaimViews.CursorPage<ClaimViews.EvidenceView> evidence(String claimId, int partition, PageRequest request) {
    ReadOnlyKeyValueStore<Bytes, FactBrief> store = queries.store(AggregateTopology.FACT_STORE, partition);
    List<ClaimViews.EvidenceView> items = new ArrayList<>();
    String next = page(store, claimId, request, kv -> items.add(ClaimViews.evidence(kv.value)));
    return new ClaimViews.CursorPage<>(items, next);
  }

  ClaimViews.CursorPage<ClaimViews.ArticleView> articles(String claimId, int partition, PageRequest request) {
    ReadOnlyKeyValueStore<Bytes, Integer> store = queries.store(AggregateTopology.ARTICLE_STORE, partition);
    List<ClaimViews.ArticleView> items = new ArrayList<>();
    String next = page(store, claimId, request,
        kv -> items.add(new ClaimViews.ArticleView(StoreKeys.articleId(kv.key, claimId), kv.value)));
    return new ClaimViews.CursorPage<>(items, next);
  }

  /** Visits up to {@code limit} entries of the claim after the cursor; the next cursor, or null on the last page. */
  private static <V> String page(ReadOnlyKeyValueStore<Bytes, V> store, String claimId, PageRequest request,
      java.util.function.Consumer<KeyValue<Bytes, V>> visitor) {
    Bytes prefix = StoreKeys.claim(claimId);
    Bytes from = prefix;
    if (request.cursor() != null) {
      Bytes cursor = new Bytes(request.cursor());
      if (!StoreKeys.startsWith(cursor, prefix)) {
        throw new InvalidParameterException("cursor", "belongs to another claim or route");
      }
      from = StoreKeys.after(cursor);
    }
    int seen = 0;
    Bytes last = null;
    try (KeyValueIterator<Bytes, V> it = store.range(from, StoreKeys.upperBound(prefix))) {
      while (it.hasNext()) {
        KeyValue<Bytes, V> kv = it.next();
        if (!StoreKeys.startsWith(kv.key, prefix)) {
          break;
        }
        if (seen == request.limit()) {
          return PageRequest.encode(last.get());
        }
        visitor.accept(kv);
        last = kv.key;
        seen++;
      }
    }
    return null;
  }
}
