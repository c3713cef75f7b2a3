package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.Stance;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One standing fact as the aggregate keeps it under its own key: what scoring, the status and the paged evidence
 * route need, with free texts clipped ({@link StatusBounds}), so the record is bounded whatever the producer sent.
 *
 * @param factId the fact's identity ({@link FactIds})
 * @param origin the independent origin (the evidence's origin, else its source), name clipped, key whole
 * @param similarity how close the fact's mention is to its claim (the resolver's cosine; 0 when unknown), so that
 *     among the earliest facts the claim is worded by its most typical mention
 */
public record FactBrief(String factId, String articleId, String articleUrl, String sourceKey, String sourceName,
    Source origin, Stance stance, boolean party, Instant eventTime, Instant ingestedAt, String quote,
    String claimText, double similarity) {

  /** The decisive-fact order of {@link OriginState}: event time, stance, article id, source key. */
  public static final Comparator<FactBrief> LATEST_LAST = Comparator
      .comparing(FactBrief::eventTime)
      .thenComparing(FactBrief::stance)
      .thenComparing(FactBrief::articleId)
      .thenComparing(FactBrief::sourceKey);

  /**
   * The representative-text order of {@link ClaimScorer}: event time, then the mention closest to the claim (one
   * article's facts share a time, and its first source's sentence may be a side remark the resolver put on the
   * claim), article id, source key.
   */
  public static final Comparator<FactBrief> EARLIEST_FIRST = Comparator
      .comparing(FactBrief::eventTime)
      .thenComparing(Comparator.comparingDouble(FactBrief::similarity).reversed())
      .thenComparing(FactBrief::articleId)
      .thenComparing(FactBrief::sourceKey);

  public FactBrief {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }

  public static FactBrief of(ClaimEvidence evidence, StatusBounds bounds) {
    Source origin = evidence.getOrigin() != null ? evidence.getOrigin() : evidence.getSource();
    Source clippedOrigin = Source.newBuilder(origin).setName(StatusBounds.clip(origin.getName(), bounds.nameChars()))
        .build();
    String url = evidence.getArticleUrl();
    return new FactBrief(FactIds.of(evidence), evidence.getArticleId(), url == null || url.isBlank() ? null : url,
        evidence.getSource().getKey(), StatusBounds.clip(evidence.getSource().getName(), bounds.nameChars()),
        clippedOrigin, evidence.getStance(), evidence.getParty(), evidence.getEventTime(), evidence.getIngestedAt(),
        StatusBounds.clip(Objects.requireNonNullElse(evidence.getQuote(), ""), bounds.textChars()),
        StatusBounds.clip(evidence.getClaimText(), bounds.textChars()),
        Objects.requireNonNullElse(evidence.getMentionSimilarity(), 0.0));
  }

  public String originKey() {
    return origin.getKey();
  }

  /** True when the source relays another origin's report (its name is then listed under "relayed by"). */
  public boolean relayed() {
    return !sourceKey.equals(origin.getKey());
  }

  public boolean sideTaking() {
    return stance != Stance.REPORTS;
  }
}
