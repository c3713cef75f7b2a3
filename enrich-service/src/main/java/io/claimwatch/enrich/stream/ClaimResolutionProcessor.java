package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ClaimResolver;
import io.claimwatch.extraction.resolve.MentionVector;
import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.extraction.resolve.ResolverSettings;
import io.claimwatch.schemas.ClaimMention;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The claim resolver as a stream processor over the single-partition mention-vectors topic: a mention record is
 * assigned (forwarding its assignment, and the moves and merges consolidation caused), a tombstone removes the
 * mention. The resolver's in-memory index is rebuilt from the restored stores in {@link #init}.
 */
final class ClaimResolutionProcessor implements Processor<String, ClaimMention, String, ResolutionEvent> {
  private final ResolverSettings settings;
  private ProcessorContext<String, ResolutionEvent> context;
  private ClaimResolver resolver;

  ClaimResolutionProcessor(ResolverSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, ResolutionEvent> context) {
    this.context = context;
    this.resolver = new ClaimResolver(new StoreResolverState(context), settings);
  }

  @Override
  public void process(Record<String, ClaimMention> record) {
    if (record.key() == null) {
      return;
    }
    ClaimMention m = record.value();
    var events = m == null
        ? resolver.remove(record.key(), record.timestamp())
        : resolver.add(new MentionVector(m.getMentionId(), m.getText(), Vectors.unboxed(m.getEmbedding()),
            m.getEventTime().toEpochMilli()));
    for (ResolutionEvent e : events) {
      String key = switch (e) {
        case ResolutionEvent.Assigned a -> a.mentionId();
        case ResolutionEvent.Unassigned u -> u.mentionId();
        case ResolutionEvent.Merged merged -> merged.claimId();
      };
      context.forward(record.withKey(key).withValue(e));
    }
  }
}
