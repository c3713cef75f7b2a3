package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.score.StatusChange;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies each evidence record to its claim's {@link ClaimState} in the claim store and forwards the resulting status
 * (or a tombstone) only when it changed. The claim id is the record key (the evidence topic is keyed by claim id, so
 * all evidence of a claim is in one partition and arrives in order).
 */
final class ClaimStatusProcessor implements Processor<String, ClaimEvidence, String, ClaimStatus> {


  private final String storeName;
  private final ClaimScorer scorer;
  private final StatusListener listener;
  private ProcessorContext<String, ClaimStatus> context;
  private KeyValueStore<String, ClaimState> store;

  ClaimStatusProcessor(String storeName, ClaimScorer scorer, StatusListener listener) {
    this.storeName = storeName;
    this.scorer = scorer;
    this.listener = listener;
  }

  @Override
  public void init(ProcessorContext<String, ClaimStatus> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, ClaimEvidence> record) {
    if (record.key() == null || record.value() == null) {
      // Not a fact (facts are retracted with RETRACT, not tombstones): the processing exception handler sends it to
      // the dead-letter topic with this reason, and processing goes on.
      throw new IllegalArgumentException("evidence record without " + (record.key() == null ? "key" : "value") + " at "
          + context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?"));
    }
    String claimId = record.key();
    ClaimState current = store.get(claimId);
    ClaimState.Transition transition = (current == null ? ClaimState.empty() : current)
        .apply(claimId, record.value(), scorer);
    if (transition.state().isEmpty()) {
      store.delete(claimId);
    } else if (transition.state() != current) {
      store.put(claimId, transition.state());
    }
    switch (transition.change()) {
      case StatusChange.Updated updated -> publish(record, claimId, updated.status(), transition.state());
      case StatusChange.Removed removed -> publish(record, claimId, null, null);
      case StatusChange.Unchanged unchanged -> { }
    }
  }

  private void publish(Record<String, ClaimEvidence> record, String claimId, ClaimStatus status, ClaimState state) {
    context.forward(record.withValue(status));
    listener.onStatus(claimId, state);
  }
}
