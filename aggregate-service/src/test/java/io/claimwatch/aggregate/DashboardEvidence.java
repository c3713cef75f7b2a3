package io.claimwatch.aggregate;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.time.Instant;
import java.util.Locale;

/**
 * Builds {@link ClaimEvidence} facts for the dashboard browser test: one source taking one stance on one claim in
 * one article, at an explicit event time. The claims, sources and quotes are the test's own fictional writing.
 */
final class DashboardEvidence {

  private final ClaimEvidence.Builder builder;

  private DashboardEvidence(String claimId, String claimText) {
    builder = ClaimEvidence.newBuilder()
        .setClaimId(claimId)
        .setClaimText(claimText)
        .setArticleVersion(1)
        .setOp(EvidenceOp.UPSERT)
        .setConfidence(0.9)
        .setParty(false)
        .setQuote("");
  }

  static DashboardEvidence claim(String claimId, String claimText) {
    return new DashboardEvidence(claimId, claimText);
  }

  /** The source taking the stance, in the article {@code articleId} published by {@code publisher}. */
  DashboardEvidence by(String sourceName, SourceType type, Stance stance, String articleId, String publisher) {
    builder.setSource(source(sourceName, type)).setStance(stance).setArticleId(articleId).setPublisher(publisher)
        .setArticleUrl("https://" + publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example/"
            + articleId);
    return this;
  }

  /** The source relays {@code originName}'s report (an echo of that origin). */
  DashboardEvidence citing(String originName, SourceType type) {
    builder.setOrigin(source(originName, type));
    return this;
  }

  DashboardEvidence party() {
    builder.setParty(true);
    return this;
  }

  DashboardEvidence quote(String quote) {
    builder.setQuote(quote);
    return this;
  }

  ClaimEvidence at(Instant eventTime) {
    return builder.setEventTime(eventTime).setIngestedAt(eventTime).build();
  }

  private static Source source(String name, SourceType type) {
    return Source.newBuilder().setKey(name.toLowerCase(Locale.ROOT)).setName(name).setType(type).build();
  }
}
