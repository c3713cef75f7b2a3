package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.claims.evidence} → claim store → {@code news.claims.status}.
 *
 * <p>Approach: the evidence topic is already keyed by claim id, so one stateful processor keeps, per claim, a
 * {@link ClaimState} (the standing facts keyed by (article, source key) plus the last published status) in a
 * persistent RocksDB store {@value #CLAIM_STORE} with a changelog. An UPSERT replaces the fact with the same identity,
 * a RETRACT removes it, and the status is recomputed from the standing facts, so updates and retractions change it
 * exactly, with no repartition. A status equal to the last one (ignoring history and timestamps) is not re-emitted; a
 * claim whose last fact is retracted is deleted from the store and tombstoned on the compacted status topic.
 */
public final class AggregateTopology {

  public static final String EVIDENCE_TOPIC = Topics.CLAIMS_EVIDENCE;
  public static final String STATUS_TOPIC = Topics.CLAIMS_STATUS;
  public static final String CLAIM_STORE = "claim-store";

  private AggregateTopology() {}

  /** The topology with Confluent-wire-format Avro serdes on {@code registry}. */
  public static Topology build(SchemaRegistryClient registry, ClaimScorer scorer, StatusListener listener) {
    return build(AvroSerdes.forValues(registry, ClaimEvidence.class), AvroSerdes.forValues(registry, ClaimStatus.class),
        scorer, listener);
  }

  public static Topology build(Serde<ClaimEvidence> evidenceSerde, Serde<ClaimStatus> statusSerde, ClaimScorer scorer,
      StatusListener listener) {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<ClaimState> stateSerde = ClaimStateSerde.create(evidenceSerde, statusSerde, EVIDENCE_TOPIC, STATUS_TOPIC);
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(CLAIM_STORE), Serdes.String(), stateSerde));
    builder.stream(EVIDENCE_TOPIC, Consumed.with(Serdes.String(), evidenceSerde).withName("evidence-source"))
        .process(() -> new ClaimStatusProcessor(CLAIM_STORE, scorer, listener), Named.as("claim-status"), CLAIM_STORE)
        .to(STATUS_TOPIC, Produced.with(Serdes.String(), statusSerde).withName("status-sink"));
    return builder.build();
  }
}
