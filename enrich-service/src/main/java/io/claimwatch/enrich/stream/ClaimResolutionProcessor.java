package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ClaimIds;
import io.claimwatch.extraction.resolve.ClaimResolver;
import io.claimwatch.extraction.resolve.MentionVector;
import io.claimwatch.extraction.resolve.QuestionLinks;
import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.extraction.resolve.ResolverSettings;
import io.claimwatch.schemas.ClaimMention;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The claim resolver as a stream processor over the single-partition mention-vectors topic: a mention record is
 * assigned (forwarding its assignment, and the moves and merges consolidation caused), a tombstone removes the
 * mention. The canonical regrouping of the touched claims runs once per batch, not once per mention: when
 * {@value #REGROUP_BATCH} claims are marked, and on a wall-clock punctuation every {@code REGROUP_INTERVAL}; its
 * cost grows with the square of a neighbourhood, so under a burst on one story this is most of the stage's work.
 * The marks are in a store, so a restart regroups what was due. The resolver's in-memory index is rebuilt from the
 * restored stores in {@link #init}. A title question (a record flagged {@code question}, or a tombstone under a
 * question id) goes to the resolver's {@link QuestionLinks} instead: linked read-only to the claim it asks about, and
 * re-linked after each regrouping batch when the claims near it changed.
 */
final class ClaimResolutionProcessor implements Processor<String, ClaimMention, String, ResolutionEvent> {
  static final int REGROUP_BATCH = 32;
  static final Duration REGROUP_INTERVAL = Duration.ofMillis(100);
  private final ResolverSettings settings;
  private ProcessorContext<String, ResolutionEvent> context;
  private ClaimResolver resolver;
  private QuestionLinks questions;

  ClaimResolutionProcessor(ResolverSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, ResolutionEvent> context) {
    this.context = context;
    StoreResolverState state = new StoreResolverState(context);
    this.resolver = new ClaimResolver(state, settings);
    this.questions = new QuestionLinks(state, resolver);
    context.schedule(REGROUP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> regroup());
  }

  private void regroup() {
    long at = Math.max(0, context.currentStreamTimeMs());
    for (ResolutionEvent e : resolver.regroupPending()) {
      context.forward(new Record<>(keyOf(e), e, at));
    }
    for (ResolutionEvent e : questions.recheck(at)) {
      context.forward(new Record<>(keyOf(e), e, at));
    }
  }

  private static String keyOf(ResolutionEvent e) {
    return switch (e) {
      case ResolutionEvent.Assigned a -> a.mentionId();
      case ResolutionEvent.Unassigned u -> u.mentionId();
      case ResolutionEvent.Merged merged -> merged.claimId();
      case ResolutionEvent.Asked asked -> asked.questionId();
      case ResolutionEvent.Unasked unasked -> unasked.questionId();
    };
  }

  @Override
  public void process(Record<String, ClaimMention> record) {
    if (record.key() == null) {
      return;
    }
    ClaimMention m = record.value();
    List<ResolutionEvent> events;
    if (m == null) {
      events = ClaimIds.isQuestionId(record.key()) ? questions.retract(record.key(), record.timestamp())
          : resolver.remove(record.key(), record.timestamp());
    } else {
      MentionVector vector = new MentionVector(m.getMentionId(), m.getText(), Vectors.unboxed(m.getEmbedding()),
          m.getEventTime().toEpochMilli());
      events = m.getQuestion() ? questions.ask(vector) : resolver.assign(vector);
    }
    // At stream time, not the mention's own: a merge here may move mentions assigned at a later timestamp, and the
    // aggregate's tables would take an older timestamp for an out-of-order update.
    long at = Math.max(record.timestamp(), context.currentStreamTimeMs());
    for (ResolutionEvent e : events) {
      context.forward(new Record<>(keyOf(e), e, at, record.headers()));
    }
    if (resolver.pendingRegroups() >= REGROUP_BATCH) {
      regroup();
    }
  }
}
