package io.claimwatch.aggregate.query;

import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.topology.AggregateTopology;
import io.claimwatch.schemas.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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
 * Interactive queries on the claim store: which instance owns a claim ({@code queryMetadataForKey}), the claim itself
 * when this instance owns it, and this instance's share of all claims. Only active (not standby) stores are read, so
 * answers are never stale; while the client is not RUNNING or a store migrates, the answer is "unavailable" rather
 * than a wait.
 */
public final class ClaimQueryService {

  private final KafkaStreams streams;
  private final HostInfo self;

  public ClaimQueryService(KafkaStreams streams, HostInfo self) {
    this.streams = Objects.requireNonNull(streams, "streams");
    this.self = Objects.requireNonNull(self, "self");
  }

  public HostInfo self() {
    return self;
  }

  public boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  /** Finds a claim: here, on another instance, nowhere, or "ask again later". */
  public ClaimLookup lookup(String claimId) {
    if (!isRunning()) {
      return new ClaimLookup.Unavailable("streams state is " + streams.state());
    }
    KeyQueryMetadata metadata;
    try {
      metadata = streams.queryMetadataForKey(AggregateTopology.CLAIM_STORE, claimId, Serdes.String().serializer());
    } catch (IllegalStateException e) {
      return new ClaimLookup.Unavailable(e.getMessage());
    }
    if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
      return new ClaimLookup.Unavailable("no owner for the claim yet (rebalancing)");
    }
    if (!self.equals(metadata.activeHost())) {
      return new ClaimLookup.OnAnotherInstance(metadata.activeHost());
    }
    try {
      ClaimState state = store(metadata.partition()).get(claimId);
      return state == null || state.status() == null ? new ClaimLookup.NotFound() : new ClaimLookup.Found(state);
    } catch (InvalidStateStoreException e) {
      return new ClaimLookup.Unavailable("claim store is migrating: " + e.getMessage());
    }
  }

  /** Visits every claim in this instance's active partitions. */
  public void forEachLocal(Consumer<ClaimState> visitor) {
    if (!isRunning()) {
      throw new QueryUnavailableException("streams state is " + streams.state());
    }
    try (KeyValueIterator<String, ClaimState> all = store(null).all()) {
      while (all.hasNext()) {
        KeyValue<String, ClaimState> next = all.next();
        if (next.value != null && next.value.status() != null) {
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
    forEachLocal(state -> {
      ClaimViews.Summary summary = ClaimViews.summary(state.status());
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
    forEachLocal(state -> counts.merge(state.status().getVerdict(), 1L, Long::sum));
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

  private ReadOnlyKeyValueStore<String, ClaimState> store(Integer partition) {
    StoreQueryParameters<ReadOnlyKeyValueStore<String, ClaimState>> params = StoreQueryParameters
        .fromNameAndType(AggregateTopology.CLAIM_STORE, QueryableStoreTypes.<String, ClaimState>keyValueStore());
    return streams.store(partition == null ? params : params.withPartition(partition));
  }

  /** One instance: its {@code application.server} and the partitions it serves. */
  public record InstanceView(String host, int port, boolean self, List<String> partitions,
      List<String> standbyPartitions) {}
}
