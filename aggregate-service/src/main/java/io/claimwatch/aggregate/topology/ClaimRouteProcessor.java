package io.claimwatch.aggregate.topology;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EvidenceOp;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The subtractor/adder step of re-grouping facts by claim: for each change of a fact's claim assignment (keyed by fact
 * id, value = the fact with its current {@code claimId}, or null when it no longer stands or its mention lost its
 * assignment) it sends a RETRACT of the previous version to the previous claim when the fact leaves it (claim or
 * origin changed, or the fact is gone), then an UPSERT to the current claim, both keyed by claim id. The last routed
 * version of each fact is kept in {@value AggregateTopology#ROUTE_STORE}; a repeated identical value sends nothing.
 */
final class ClaimRouteProcessor implements Processor<String, ClaimEvidence, String, ClaimEvidence> {

  private ProcessorContext<String, ClaimEvidence> context;
  private KeyValueStore<String, ClaimEvidence> routes;

  @Override
  public void init(ProcessorContext<String, ClaimEvidence> context) {
    this.context = context;
    this.routes = context.getStateStore(AggregateTopology.ROUTE_STORE);
  }

  @Override
  public void process(Record<String, ClaimEvidence> record) {
    ClaimEvidence previous = routes.get(record.key());
    ClaimEvidence current = record.value();
    if (Objects.equals(previous, current)) {
      return;
    }
    if (previous != null && (current == null || !previous.getClaimId().equals(current.getClaimId())
        || !originKey(previous).equals(originKey(current)))) {
      ClaimEvidence retract = ClaimEvidence.newBuilder(previous).setOp(EvidenceOp.RETRACT).build();
      context.forward(record.withKey(previous.getClaimId()).withValue(retract));
    }
    if (current == null) {
      routes.delete(record.key());
      return;
    }
    routes.put(record.key(), current);
    context.forward(record.withKey(current.getClaimId()).withValue(current));
  }

  private static String originKey(ClaimEvidence evidence) {
    return (evidence.getOrigin() != null ? evidence.getOrigin() : evidence.getSource()).getKey();
  }
}
