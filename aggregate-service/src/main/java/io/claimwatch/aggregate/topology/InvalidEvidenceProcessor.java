package io.claimwatch.aggregate.topology;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.DeadLetter;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns an evidence record the aggregate cannot use (a null value: evidence is an operation log, never a tombstone)
 * into a {@link DeadLetter} with reason {@code invalid}, for {@code news.aggregate.dead-letter}.
 */
final class InvalidEvidenceProcessor implements FixedKeyProcessor<String, ClaimEvidence, DeadLetter> {

  private FixedKeyProcessorContext<String, DeadLetter> context;

  @Override
  public void init(FixedKeyProcessorContext<String, DeadLetter> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, ClaimEvidence> record) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    DeadLetter letter = DeadLetter.newBuilder()
        .setApplication(context.applicationId())
        .setTopic(meta == null ? AggregateTopology.EVIDENCE_TOPIC : meta.topic())
        .setPartition(meta == null ? -1 : meta.partition())
        .setOffset(meta == null ? -1 : meta.offset())
        .setKey(record.key())
        .setReason("invalid")
        .setException("evidence record without a value (evidence is an UPSERT/RETRACT log, not a compacted table)")
        .setStackTrace(null)
        .setPayload(null)
        .setFailedAt(Instant.now())
        .build();
    context.forward(record.withValue(letter).withTimestamp(Math.max(0, record.timestamp())));
  }
}
