package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.ScorePoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The order-dependent part of a status: a history point whenever score or verdict moved (at most {@code historyLimit},
 * oldest dropped; article ids clipped to {@code historyIdChars}), {@code updatedAt} (latest event time of a change,
 * never decreasing) and {@code lastIngestedAt} (ingest time of the article version behind the change).
 */
public final class StatusHistory {

  private StatusHistory() {}

  /** The change that produced a status: its event time, ingest time and article. */
  public record Cause(Instant eventTime, Instant ingestedAt, String articleId) {}

  /** {@code scored} with history and timestamps continued from {@code previous} (null for a first status). */
  public static ClaimStatus next(ClaimStatus previous, ClaimStatus scored, Cause cause, int limit,
      StatusBounds bounds) {
    List<ScorePoint> history = new ArrayList<>(previous == null ? List.of() : previous.getHistory());
    boolean moved = previous == null
        || previous.getScore() != scored.getScore()
        || previous.getVerdict() != scored.getVerdict();
    if (moved) {
      history.add(new ScorePoint(cause.eventTime(), scored.getScore(), scored.getVerdict(),
          StatusBounds.clip(cause.articleId(), bounds.historyIdChars())));
    }
    if (history.size() > limit) {
      history = new ArrayList<>(history.subList(history.size() - limit, history.size()));
    }
    Instant updatedAt = previous == null || cause.eventTime().isAfter(previous.getUpdatedAt())
        ? cause.eventTime() : previous.getUpdatedAt();
    return ClaimStatus.newBuilder(scored)
        .setHistory(history)
        .setUpdatedAt(updatedAt)
        .setLastIngestedAt(cause.ingestedAt())
        .build();
  }
}
