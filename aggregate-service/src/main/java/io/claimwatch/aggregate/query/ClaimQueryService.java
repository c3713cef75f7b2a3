package io.claimwatch.aggregate.query;

import io.claimwatch.aggregate.topology.AggregateTopology;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on the claim stores: which instance owns a claim ({@code queryMetadataForKey} on
 * {@value AggregateTopology#STATUS_STORE}), the claim's status and paged evidence when this instance owns it
 * ({@link ClaimPages}), this instance's share of all claims, and merge redirects from the global
 * {@value AggregateTopology#MERGE_STORE}. Only active (not standby) stores are read, so answers are never stale; while
 * the client is not RUNNING or a store migrates, the answer is "unavailable" rather than a wait.
 */
public final class ClaimQueryService {

  /** Longest redirect chain followed; a longer one (or a cycle) is reported as unavailable. */
  static final int MAX_REDIRECTS = 64;

  private final KafkaStreams streams;
  private final HostInfo self;
  private final ClaimPages pages;

  public ClaimQueryService(KafkaStreams streams, HostInfo self) {
    this.streams = Objects.requireNonNull(streams, "streams");
    this.self = Objects.requireNonNull(self, "self");
    this.pages = new ClaimPages(this);
  }

  public HostInfo self() {
    return self;
  }

  public boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  /** The claim with its first page of evidence: here, on another instance, nowhere, or "ask again later". */
  public ClaimLookup<ClaimViews.Detail> lookup(String claimId) {
    return onOwner(claimId, partition -> {
      ClaimStatus status = this.<String, ClaimStatus>store(AggregateTopology.STATUS_STORE, partition).get(claimId);
      return status == null ? null : ClaimViews.detail(status,
          pages.evidence(claimId, partition, new PageRequest(null, PageRequest.DEFAULT_LIMIT)).items());
    });
  }

  /** One page of the claim's evidence facts (origin by origin). */
  public ClaimLookup<ClaimViews.CursorPage<ClaimViews.EvidenceView>> evidence(String claimId, PageRequest request) {
    return onOwner(claimId, partition -> hasClaim(claimId, partition)
        ? pages.evidence(claimId, partition, request) : null);
  }

  /** One page of the articles mentioning the claim, by article id. */
  public ClaimLookup<ClaimViews.CursorPage<ClaimViews.ArticleView>> articles(String claimId, PageRequest request) {
    return onOwner(claimId, partition -> hasClaim(claimId, partition)
        ? pages.articles(claimId, partition, request) : null);
  }

  /** The claim {@code claimId} was merged into, following chains of merges; empty when it was never merged. */
  public Optional<String> survivor(String claimId) {
    if (!isRunning()) {
      throw new QueryUnavailableException("streams state is " + streams.state());
    }
    try {
      ReadOnlyKeyValueStore<String, ClaimMerge> merges = streams.store(StoreQueryParameters
          .fromNameAndType(AggregateTopology.MERGE_STORE, QueryableStoreTypes.<String, ClaimMerge>keyValueStore()));
      String current = claimId;
      Set<String> seen = new HashSet<>();
      for (ClaimMerge merge = merges.get(current); merge != null; merge = merges.get(current)) {
        if (!seen.add(current) || seen.size() > MAX_REDIRECTS) {
          throw new QueryUnavailableException("merge chain of " + claimId + " does not end");
        }
        current = merge.getMergedInto();
      }
      return current.equals(claimId) ? Optional.empty() : Optional.of(current);
    } catch (InvalidStateStoreException e) {
      throw new QueryUnavailableException("merge store is migrating: " + e.getMessage(), e);
    }
  }

  /** Visits the status of every claim in this instance's active partitions. */
  public void forEachLocal(Consumer<ClaimStatus> visitor) {
    if (!isRunning()) {
      throw new QueryUnavailableException("streams state is " + streams.state());
    }
    try (KeyValueIterator<String, ClaimStatus> all =
        this.<String, ClaimStatus>store(AggregateTopology.STATUS_STORE, null).all()) {
      while (all.hasNext()) {
        KeyValue<String, ClaimStatus> next = all.next();
        if (next.value != null) {
          visitor.accept(next.value);
        }
      }
    } catch (InvalidStateStoreException e) {
      throw new QueryUnavailableException("claim store is migrating: " + e.getMessage(), e);
    }
  }

  /** Summaries of this instance's claims that match the filters of {@code query}. */
  public List<ClaimViews.Summary> localSummaries(ClaimListQuery query) {
    List<ClaimViews.Summary> out = new ArrayList<>();
    forEachLocal(status -> {
      ClaimViews.Summary summary = ClaimViews.summary(status);
      if (query.matches(summary)) {
        out.add(summary);
      }
    });
    return out;
  }

  /** Claims in this instance's active partitions by verdict. */
  public Map<Verdict, Long> localVerdictCounts() {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0L);
    }
    forEachLocal(status -> counts.merge(status.getVerdict(), 1L, Long::sum));
    return counts;
  }

  /** Every instance of the application as the group knows it. */
  public List<InstanceView> instances() {
    List<InstanceView> out = new ArrayList<>();
    for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
      out.add(new InstanceView(m.host(), m.port(), m.hostInfo().equals(self),
          m.topicPartitions().stream().map(Object::toString).sorted().toList(),
          m.standbyTopicPartitions().stream().map(Object::toString).sorted().toList()));
    }
    if (out.stream().noneMatch(InstanceView::self)) {
      out.add(new InstanceView(self.host(), self.port(), true, List.of(), List.of()));
    }
    return out;
  }

  /** The other instances to fan list queries out to. */
  public List<HostInfo> otherInstances() {
    return streams.metadataForAllStreamsClients().stream()
        .map(StreamsMetadata::hostInfo)
        .filter(h -> !h.equals(self))
        .distinct()
        .toList();
  }

  /** Runs {@code read} on the claim's partition when this instance owns it; a null result means not found. */
  private <T> ClaimLookup<T> onOwner(String claimId, IntFunction<T> read) {
    if (!isRunning()) {
      return new ClaimLookup.Unavailable<>("streams state is " + streams.state());
    }
    KeyQueryMetadata metadata;
    try {
      metadata = streams.queryMetadataForKey(AggregateTopology.STATUS_STORE, claimId, Serdes.String().serializer());
    } catch (IllegalStateException e) {
      return new ClaimLookup.Unavailable<>(e.getMessage());
    }
    if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
      return new ClaimLookup.Unavailable<>("no owner for the claim yet (rebalancing)");
    }
    if (!self.equals(metadata.activeHost())) {
      return new ClaimLookup.OnAnotherInstance<>(metadata.activeHost());
    }
    try {
      T value = read.apply(metadata.partition());
      return value == null ? new ClaimLookup.NotFound<>() : new ClaimLookup.Found<>(value);
    } catch (InvalidStateStoreException e) {
      return new ClaimLookup.Unavailable<>("claim store is migrating: " + e.getMessage());
    }
  }

  private boolean hasClaim(String claimId, int partition) {
    return this.<String, ClaimStatus>store(AggregateTopology.STATUS_STORE, partition).get(claimId) != null;
  }

  <K, V> ReadOnlyKeyValueStore<K, V> store(String name, Integer partition) {
    StoreQueryParameters<ReadOnlyKeyValueStore<K, V>> params = StoreQueryParameters
        .fromNameAndType(name, QueryableStoreTypes.<K, V>keyValueStore());
    return streams.store(partition == null ? params : params.withPartition(partition));
  }

  /** One instance: its {@code application.server} and the partitions it serves. */
  public record InstanceView(String host, int port, boolean self, List<String> partitions,
      List<String> standbyPartitions) {}
}
