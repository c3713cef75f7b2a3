package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.resolve.ResolutionEvent.Asked;
import io.claimwatch.extraction.resolve.ResolutionEvent.Unasked;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Read-only links from title questions ({@link TitleQuestions}: "Was the ferry sold?") to the claim each asks about,
 * kept beside a {@link ClaimResolver}. A question asserts nothing, so it never joins, opens or merges a claim and
 * never counts as a source's stance; it only points at the active claim nearest to its vector at the assign
 * threshold, as {@link ClaimResolver#nearestClaim} answers it.
 *
 * <p>The link is kept current as claims change, so what it says once the claims are quiet is what
 * {@code nearestClaim} says after the whole run, whatever the order the question and the claims came in (the offline
 * {@link OfflineResolution#askedClaimId} reads exactly that). {@link #recheck} does this without a full scan per
 * question: claims that did not change keep their similarities, so a question's nearest claim can only become one
 * of the changed claims, unless its own claim changed and moved away from it (or was merged away or expired), and
 * only then is that question scanned against every claim. The cost per recheck is the number of questions times the
 * number of changed claims, one dot product each.
 *
 * <p>Questions older than the resolver's active window (event time) are dropped; their last link stays valid where
 * it was published. Not thread-safe, like the resolver.
 */
public final class QuestionLinks {
  private final ResolverState state;
  private final ClaimResolver resolver;
  /** The stored questions by id, mirrored in memory (read once from the state at start). */
  private final Map<String, StoredQuestion> questions = new TreeMap<>();

  public QuestionLinks(ResolverState state, ClaimResolver resolver) {
    this.state = state;
    this.resolver = resolver;
    for (StoredQuestion q : state.allQuestions()) {
      questions.put(q.questionId(), q);
    }
  }

  /** Number of questions kept for re-linking. */
  public int size() {
    return questions.size();
  }

  /**
   * Links a question to the claim it asks about now (an {@link Asked} event), or keeps it unlinked until one comes
   * near (no event). A question already known is answered again without change.
   */
  public List<ResolutionEvent> ask(MentionVector question) {
    StoredQuestion known = questions.get(question.mentionId());
    if (known != null) {
      return known.linked() ? List.of(asked(known, question.eventTime())) : List.of();
    }
    Optional<CentroidIndex.Hit> hit = resolver.nearestHit(question.vector());
    StoredQuestion q = new StoredQuestion(question.mentionId(), question.text(), question.vector(),
        question.eventTime(), hit.map(CentroidIndex.Hit::claimId).orElse(null),
        hit.map(CentroidIndex.Hit::similarity).orElse(0.0));
    keep(q);
    return q.linked() ? List.of(asked(q, question.eventTime())) : List.of();
  }

  /** Forgets a retracted question; its link is withdrawn ({@link Unasked}). */
  public List<ResolutionEvent> retract(String questionId, long at) {
    if (questions.remove(questionId) != null) {
      state.removeQuestion(questionId);
    }
    return List.of(new Unasked(questionId, at));
  }

  /**
   * Re-links every question whose nearest claim may have changed since the last call, at {@code at}: an
   * {@link Asked} event for a question that now asks about another claim, an {@link Unasked} for one no claim is near
   * any more.
   */
  public List<ResolutionEvent> recheck(long at) {
    Set<String> changed = resolver.drainChangedClaims();
    if (changed.isEmpty() || questions.isEmpty()) {
      return List.of();
    }
    expire();
    List<ResolutionEvent> events = new ArrayList<>();
    for (StoredQuestion q : List.copyOf(questions.values())) {
      StoredQuestion now = relinked(q, changed);
      if (now.linked() != q.linked() || now.linked() && !now.claimId().equals(q.claimId())) {
        events.add(now.linked() ? asked(now, at) : new Unasked(now.questionId(), at));
      }
      if (now != q) {
        keep(now);
      }
    }
    return events;
  }

  /** {@code q} with the link a full scan would give now, given that only {@code changed} claims changed. */
  private StoredQuestion relinked(StoredQuestion q, Set<String> changed) {
    String best = null;
    double bestSim = Double.NEGATIVE_INFINITY;
    if (q.linked()) {
      if (changed.contains(q.claimId())) {
        OptionalDouble own = resolver.similarity(q.vector(), q.claimId());
        if (own.isEmpty() || own.getAsDouble() < q.similarity()) {
          return rescanned(q);
        }
        bestSim = own.getAsDouble();
      } else {
        bestSim = q.similarity();
      }
      best = q.claimId();
    }
    double threshold = resolver.settings().assignThreshold();
    for (String claim : changed) {
      OptionalDouble sim = resolver.similarity(q.vector(), claim);
      if (sim.isPresent() && sim.getAsDouble() >= threshold && beats(claim, sim.getAsDouble(), best, bestSim)) {
        best = claim;
        bestSim = sim.getAsDouble();
      }
    }
    if (best == null) {
      return q;
    }
    return best.equals(q.claimId()) && bestSim == q.similarity() ? q : q.linkedTo(best, bestSim);
  }

  /** The nearest index order: higher similarity, ties to the smaller id. */
  private static boolean beats(String claim, double sim, String best, double bestSim) {
    return best == null || sim > bestSim || sim == bestSim && claim.compareTo(best) < 0;
  }

  private StoredQuestion rescanned(StoredQuestion q) {
    Optional<CentroidIndex.Hit> hit = resolver.nearestHit(q.vector());
    return hit.isPresent() ? q.linkedTo(hit.get().claimId(), hit.get().similarity()) : q.linkedTo(null, 0.0);
  }

  private void expire() {
    if (resolver.streamTime() == Long.MIN_VALUE) {
      return;
    }
    long cutoff = resolver.streamTime() - resolver.settings().activeWindow().toMillis();
    for (StoredQuestion q : List.copyOf(questions.values())) {
      if (q.eventTime() < cutoff) {
        questions.remove(q.questionId());
        state.removeQuestion(q.questionId());
      }
    }
  }

  private void keep(StoredQuestion q) {
    questions.put(q.questionId(), q);
    state.putQuestion(q);
  }

  private static Asked asked(StoredQuestion q, long at) {
    return new Asked(q.questionId(), q.claimId(), q.similarity(), q.text(), at);
  }

  /** The current links, question id to claim id (linked questions only), for tests and offline reading. */
  public Map<String, String> links() {
    Map<String, String> out = new HashMap<>();
    questions.values().stream().filter(StoredQuestion::linked).forEach(q -> out.put(q.questionId(), q.claimId()));
    return out;
  }
}
