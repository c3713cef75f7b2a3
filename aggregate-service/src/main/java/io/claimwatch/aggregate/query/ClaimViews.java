package io.claimwatch.aggregate.query;

import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.ScorePoint;
import io.claimwatch.schemas.SourceContribution;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the query API (documented in {@code openapi.json}); timestamps are ISO-8601 strings so any JSON
 * mapper renders them the same way and the dashboard can parse them with {@code new Date(...)}.
 */
public final class ClaimViews {

  private ClaimViews() {}

  /** Counts behind a status. */
  public record Counts(int confirming, int denying, int reporting, int origins, int articles, int evidence) {}

  /** One claim in a list. */
  public record Summary(String claimId, String text, String verdict, double score, double confirmWeight,
      double denyWeight, Counts counts, String firstSeen, String updatedAt) {}

  /** One independent origin and what it contributes. */
  public record SourceView(String name, String key, String type, String origin, List<String> relayedBy,
      String stance, double weight, boolean party, String quote, List<String> articleIds, List<String> articleUrls,
      String lastSeen) {}

  /** One point of the score history. */
  public record HistoryPoint(String at, double score, String verdict, String articleId) {}

  /** One standing evidence fact; {@code source} and {@code origin} are display names. */
  public record EvidenceView(String articleId, String source, String origin, String stance, String quote,
      String eventTime) {}

  /**
   * One claim: the summary fields plus its top sources, sampled article ids, history and the first page of its
   * evidence ({@code null} in live updates; the whole list is paged by {@code /claims/{id}/evidence}).
   */
  public record Detail(String claimId, String text, String verdict, double score, double confirmWeight,
      double denyWeight, Counts counts, String firstSeen, String updatedAt, List<SourceView> sources,
      List<String> articleIds, List<HistoryPoint> history, List<EvidenceView> evidence) {

    public Summary summary() {
      return new Summary(claimId, text, verdict, score, confirmWeight, denyWeight, counts, firstSeen, updatedAt);
    }
  }

  /** One article mentioning a claim, with how many evidence facts of the claim it carries. */
  public record ArticleView(String articleId, int evidence) {}

  /** A cursor page of a claim's evidence or articles; {@code nextCursor} is null on the last page. */
  public record CursorPage<T>(List<T> items, String nextCursor) {}

  /** A page of summaries. */
  public record Page(List<Summary> items, long total, int limit, int offset) {}

  /** Summaries without paging, as {@code /internal/claims} returns them. */
  public record SummaryList(List<Summary> items) {}

  public static Summary summary(ClaimStatus status) {
    var c = status.getCounts();
    return new Summary(status.getClaimId(), status.getText(), status.getVerdict().name(), status.getScore(),
        status.getConfirmWeight(), status.getDenyWeight(),
        new Counts(c.getConfirming(), c.getDenying(), c.getReporting(), c.getOrigins(), c.getArticles(),
            c.getEvidence()),
        iso(status.getFirstSeen()), iso(status.getUpdatedAt()));
  }

  /** The detail of a live update: the status without evidence. */
  public static Detail detail(ClaimState state) {
    return detail(state.status(), null);
  }

  public static Detail detail(ClaimStatus status, List<EvidenceView> evidence) {
    Summary s = summary(status);
    return new Detail(s.claimId(), s.text(), s.verdict(), s.score(), s.confirmWeight(), s.denyWeight(), s.counts(),
        s.firstSeen(), s.updatedAt(), status.getSources().stream().map(ClaimViews::source).toList(),
        List.copyOf(status.getArticleIds()), status.getHistory().stream().map(ClaimViews::point).toList(),
        evidence == null ? null : List.copyOf(evidence));
  }

  private static SourceView source(SourceContribution c) {
    return new SourceView(c.getName(), c.getKey(), c.getType().name(), c.getOrigin(), List.copyOf(c.getRelayedBy()),
        c.getStance().name(), c.getWeight(), c.getParty(), c.getQuote(), List.copyOf(c.getArticleIds()),
        List.copyOf(c.getArticleUrls()), iso(c.getLastSeen()));
  }

  private static HistoryPoint point(ScorePoint p) {
    return new HistoryPoint(iso(p.getAt()), p.getScore(), p.getVerdict().name(), p.getArticleId());
  }

  public static EvidenceView evidence(FactBrief f) {
    return new EvidenceView(f.articleId(), f.sourceName(), f.relayed() ? f.origin().getName() : null,
        f.stance().name(), f.quote(), iso(f.eventTime()));
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
