package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.FactIds;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.MentionAssignment;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TableJoined;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.claims.evidence} + {@code news.claims.mentions} → per-fact / per-origin / per-claim stores →
 * {@code news.claims.status}; {@code news.claims.merges} → a global redirect store.
 *
 * <ol>
 *   <li>{@code evidence-source}: records without a value go to {@code news.aggregate.dead-letter}; the rest are re-keyed
 *       by fact identity ({@link FactIds}, never the record key) through {@code evidence-by-fact}.</li>
 *   <li>{@code fact-versions} drops stale operations and turns UPSERT / RETRACT into the table {@code facts}.</li>
 *   <li>Facts with a mention id are foreign-key joined to the mention table ({@code facts-mentions-join}): the claim is
 *       the one {@code news.claims.mentions} assigns (inner join: a fact waits for its assignment). Facts without one
 *       (v1 producers) keep their {@code claimId}.</li>
 *   <li>{@code claim-route} turns each change of a fact's claim into a RETRACT for the claim it leaves and an UPSERT for
 *       the claim it joins (subtractor / adder), re-keyed by claim through {@code claim-deltas}.</li>
 *   <li>{@code claim-aggregate} keeps each fact under its own key and each claim's bounded summaries, and publishes
 *       the status of each changed claim at most once per emit interval (100 ms); a claim that lost its last fact (e.g. every mention moved by a merge) is
 *       tombstoned.</li>
 * </ol>
 */
public final class AggregateTopology {

  public static final String EVIDENCE_TOPIC = Topics.CLAIMS_EVIDENCE;
  public static final String STATUS_TOPIC = Topics.CLAIMS_STATUS;
  public static final String VERSION_STORE = "fact-versions";
  public static final String FACTS_TABLE = "facts";
  public static final String MENTION_STORE = "mentions";
  /** Facts with a mention, with the claim their mention is assigned to (the foreign-key join's result). */
  public static final String ASSIGNED_STORE = "assigned-facts";
  public static final String ROUTE_STORE = "fact-claims";
  public static final String FACT_STORE = "claim-facts";
  public static final String ORIGIN_STORE = "claim-origins";
  public static final String RANK_STORE = "claim-origin-rank";
  public static final String ARTICLE_STORE = "claim-articles";
  public static final String TIME_STORE = "claim-fact-times";
  public static final String SUMMARY_STORE = "claim-summary";
  /** The last published status per claim: what the query API serves. */
  public static final String STATUS_STORE = "claim-status";
  /** Claims changed since their status was last published, with the last fact that changed them. */
  public static final String DIRTY_STORE = "claim-dirty";
  /** How often (wall clock) changed claims publish their status, by default. */
  public static final Duration EMIT_INTERVAL = Duration.ofMillis(100);
  /** Global: merged claim id to the claim it was merged into. */
  public static final String MERGE_STORE = "claim-merges";

  private AggregateTopology() {}

  /** The topology with Confluent-wire-format Avro serdes on {@code registry}. */
  public static Topology build(SchemaRegistryClient registry, ClaimScorer scorer, StatusListener listener) {
    return build(AggregateSerdes.avro(registry), scorer, listener);
  }

  public static Topology build(AggregateSerdes serdes, ClaimScorer scorer, StatusListener listener) {
    return build(serdes, scorer, listener, StoreKind.PERSISTENT, EMIT_INTERVAL);
  }

  /**
   * The topology with the aggregate's own stores of the given kind ({@link StoreKind#IN_MEMORY} for driver tests, whose
   * per-record commits would flush RocksDB after every record; the DSL stores follow {@code dsl.store.suppliers}).
   */
  public static Topology build(AggregateSerdes serdes, ClaimScorer scorer, StatusListener listener, StoreKind kind,
      Duration emitInterval) {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<String> keys = Serdes.String();
    addClaimStores(builder, serdes, kind);
    builder.addStateStore(store(VERSION_STORE, keys, Serdes.Integer(), kind));
    builder.addStateStore(store(ROUTE_STORE, keys, serdes.evidence(), kind));

    Map<String, KStream<String, ClaimEvidence>> branches = builder
        .stream(EVIDENCE_TOPIC, Consumed.with(keys, serdes.evidence()).withName("evidence-source"))
        .split(Named.as("evidence-"))
        .branch((key, value) -> value != null, Branched.as("valid"))
        .defaultBranch(Branched.as("invalid"));
    branches.get("evidence-invalid")
        .processValues(InvalidEvidenceProcessor::new, Named.as("invalid-evidence"))
        .to(Topics.AGGREGATE_DEAD_LETTER, Produced.with(keys, serdes.deadLetters()).withName("dead-letter-sink"));

    KTable<String, ClaimEvidence> facts = branches.get("evidence-valid")
        .selectKey((key, value) -> FactIds.of(value), Named.as("fact-key"))
        .repartition(Repartitioned.with(keys, serdes.evidence()).withName("evidence-by-fact"))
        .process(FactVersionProcessor::new, Named.as("fact-version"), VERSION_STORE)
        .toTable(Named.as("facts-table"), Materialized.<String, ClaimEvidence, KeyValueStore<Bytes, byte[]>>as(
            FACTS_TABLE).withKeySerde(keys).withValueSerde(serdes.evidence()));

    KTable<String, MentionAssignment> mentions = builder.table(Topics.CLAIM_MENTIONS,
        Consumed.with(keys, serdes.mentions()).withName("mentions-source"),
        Materialized.<String, MentionAssignment, KeyValueStore<Bytes, byte[]>>as(MENTION_STORE)
            .withKeySerde(keys).withValueSerde(serdes.mentions()));

    KStream<String, ClaimEvidence> assigned = facts
        .filter((factId, fact) -> isMentionFact(factId), Named.as("facts-with-mention"))
        .join(mentions, ClaimEvidence::getMentionId,
            (fact, mention) -> ClaimEvidence.newBuilder(fact).setClaimId(mention.getClaimId())
                .setMentionSimilarity(mention.getSimilarity()).build(),
            TableJoined.as("facts-mentions-join"),
            Materialized.<String, ClaimEvidence, KeyValueStore<Bytes, byte[]>>as(ASSIGNED_STORE)
                .withKeySerde(keys).withValueSerde(serdes.evidence()))
        .toStream(Named.as("assigned-facts-stream"))
        .filter((factId, fact) -> isMentionFact(factId), Named.as("assigned-mention-facts"));
    KStream<String, ClaimEvidence> direct = facts
        .toStream(Named.as("facts-stream"))
        .filter((factId, fact) -> !isMentionFact(factId), Named.as("facts-without-mention"));

    assigned.merge(direct, Named.as("claimed-facts"))
        .process(ClaimRouteProcessor::new, Named.as("claim-route"), ROUTE_STORE)
        .repartition(Repartitioned.with(keys, serdes.evidence()).withName("claim-deltas"))
        .process(() -> new ClaimAggregateProcessor(scorer, listener, emitInterval), Named.as("claim-aggregate"),
            FACT_STORE, ORIGIN_STORE, RANK_STORE, ARTICLE_STORE, TIME_STORE, SUMMARY_STORE, STATUS_STORE, DIRTY_STORE)
        .to(STATUS_TOPIC, Produced.with(keys, serdes.status()).withName("status-sink"));

    builder.globalTable(Topics.CLAIM_MERGES, Consumed.with(keys, serdes.merges()).withName("merges-source"),
        Materialized.<String, io.claimwatch.schemas.ClaimMerge, KeyValueStore<Bytes, byte[]>>as(MERGE_STORE)
            .withKeySerde(keys).withValueSerde(serdes.merges()));
    return builder.build();
  }

  /** Fact ids of facts that name their mention start with {@code m} ({@link FactIds}). */
  static boolean isMentionFact(String factId) {
    return factId != null && factId.startsWith("m");
  }

  private static void addClaimStores(StreamsBuilder builder, AggregateSerdes serdes, StoreKind kind) {
    Serde<Bytes> bytes = Serdes.Bytes();
    builder.addStateStore(store(FACT_STORE, bytes, StoreCodecs.facts(), kind));
    builder.addStateStore(store(ORIGIN_STORE, bytes, StoreCodecs.origins(), kind));
    builder.addStateStore(store(RANK_STORE, bytes, Serdes.ByteArray(), kind));
    builder.addStateStore(store(ARTICLE_STORE, bytes, Serdes.Integer(), kind));
    builder.addStateStore(store(TIME_STORE, bytes, Serdes.String(), kind));
    builder.addStateStore(store(SUMMARY_STORE, Serdes.String(), StoreCodecs.summaries(), kind));
    builder.addStateStore(store(STATUS_STORE, Serdes.String(), serdes.status(), kind));
    builder.addStateStore(store(DIRTY_STORE, Serdes.String(), StoreCodecs.facts(), kind));
  }

  private static <K, V> StoreBuilder<KeyValueStore<K, V>> store(String name, Serde<K> key, Serde<V> value,
      StoreKind kind) {
    return switch (kind) {
      case PERSISTENT -> Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), key, value);
      case IN_MEMORY -> Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), key, value)
          .withLoggingDisabled();
    };
  }

  /** Where the aggregate's own stores live: RocksDB with changelogs, or (driver tests only) memory without. */
  public enum StoreKind { PERSISTENT, IN_MEMORY }
}
