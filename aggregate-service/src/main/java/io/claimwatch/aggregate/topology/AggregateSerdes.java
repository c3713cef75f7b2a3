package io.claimwatch.aggregate.topology;

import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.MentionAssignment;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of the aggregate topology (Confluent-wire-format Avro on one registry, or test doubles). */
public record AggregateSerdes(Serde<ClaimEvidence> evidence, Serde<ClaimStatus> status,
    Serde<MentionAssignment> mentions, Serde<ClaimMerge> merges, Serde<DeadLetter> deadLetters) {

  public static AggregateSerdes avro(SchemaRegistryClient registry) {
    return new AggregateSerdes(AvroSerdes.forValues(registry, ClaimEvidence.class),
        AvroSerdes.forValues(registry, ClaimStatus.class), AvroSerdes.forValues(registry, MentionAssignment.class),
        AvroSerdes.forValues(registry, ClaimMerge.class), AvroSerdes.forValues(registry, DeadLetter.class));
  }

  /** The same serdes with another status serde (e.g. one that fails, to test the dead-letter path). */
  public AggregateSerdes withStatus(Serde<ClaimStatus> other) {
    return new AggregateSerdes(evidence, other, mentions, merges, deadLetters);
  }
}
