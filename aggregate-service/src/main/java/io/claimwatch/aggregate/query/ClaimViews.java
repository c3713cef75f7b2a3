package io.claimwatch.aggregate.query;

import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.ScorePoint;
import io.claimwatch.schemas.SourceContribution;
import java.time.Instant;
import java.util.Comparator;
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

  /** One claim with everything behind it: the summary fields plus sources, articles, history and evidence. */
  public record Detail(String claimId, String text, String verdict, double score, double confirmWeight,
      double denyWeight, Counts counts, String firstSeen, String updatedAt, List<SourceView> sources,
      List<String> articleIds, List<HistoryPoint> history, List<EvidenceView> evidence) {

    public Summary summary() {
      return new Summary(claimId, text, verdict, score, confirmWeight, denyWeight, counts, firstSeen, updatedAt);
    }
  }

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

  public static Detail detail(ClaimState state) {
    ClaimStatus status = state.status();
    Summary s = summary(status);
    List<EvidenceView> evidence = state.facts().stream()
        .sorted(Comparator.comparing(ClaimEvidence::getEventTime).thenComparing(ClaimEvidence::getArticleId)
            .thenComparing(e -> e.getSource().getKey()))
        .map(ClaimViews::evidence)
        .toList();
    return new Detail(s.claimId(), s.text(), s.verdict(), s.score(), s.confirmWeight(), s.denyWeight(), s.counts(),
        s.firstSeen(), s.updatedAt(), status.getSources().stream().map(ClaimViews::source).toList(),
        List.copyOf(status.getArticleIds()), status.getHistory().stream().map(ClaimViews::point).toList(), evidence);
  }

  private static SourceView source(SourceContribution c) {
    return new SourceView(c.getName(), c.getKey(), c.getType().name(), c.getOrigin(), List.copyOf(c.getRelayedBy()),
        c.getStance().name(), c.getWeight(), c.getParty(), c.getQuote(), List.copyOf(c.getArticleIds()),
        List.copyOf(c.getArticleUrls()), iso(c.getLastSeen()));
  }

  private static HistoryPoint point(ScorePoint p) {
    return new HistoryPoint(iso(p.getAt()), p.getScore(), p.getVerdict().name(), p.getArticleId());
  }

  private static EvidenceView evidence(ClaimEvidence e) {
    return new EvidenceView(e.getArticleId(), e.getSource().getName(),
        e.getOrigin() == null ? null : e.getOrigin().getName(), e.getStance().name(), e.getQuote(),
        iso(e.getEventTime()));
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
