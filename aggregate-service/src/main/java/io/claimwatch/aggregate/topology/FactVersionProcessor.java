package io.claimwatch.aggregate.topology;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EvidenceOp;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns evidence operations (keyed by fact id) into the changelog of the standing facts: an UPSERT forwards the fact,
 * a RETRACT a tombstone. Operations older than the standing fact's article version are stale and dropped (a RETRACT
 * of the same version applies), as is a RETRACT of a fact that does not stand. Keeps only the standing version per
 * fact ({@value AggregateTopology#VERSION_STORE}).
 */
final class FactVersionProcessor implements Processor<String, ClaimEvidence, String, ClaimEvidence> {

  private ProcessorContext<String, ClaimEvidence> context;
  private KeyValueStore<String, Integer> versions;

  @Override
  public void init(ProcessorContext<String, ClaimEvidence> context) {
    this.context = context;
    this.versions = context.getStateStore(AggregateTopology.VERSION_STORE);
  }

  @Override
  public void process(Record<String, ClaimEvidence> record) {
    ClaimEvidence evidence = record.value();
    Integer standing = versions.get(record.key());
    if (standing != null && standing > evidence.getArticleVersion()) {
      return;
    }
    if (evidence.getOp() == EvidenceOp.RETRACT) {
      if (standing != null) {
        versions.delete(record.key());
        context.forward(record.withValue(null));
      }
      return;
    }
    versions.put(record.key(), evidence.getArticleVersion());
    context.forward(record);
  }
}
