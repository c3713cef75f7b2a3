package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.time.Instant;

/** Test evidence builder: one fact about claim {@code c-call} with explicit times. */
public final class Facts {

  public static final String CLAIM = "c-call";
  public static final Instant T0 = Instant.parse("2026-01-10T12:00:00Z");

  private Facts() {}

  public static Source source(String key, SourceType type) {
    return Source.newBuilder().setKey(key).setName(display(key)).setType(type).build();
  }

  public static ClaimEvidence.Builder fact(String articleId, Source source, Stance stance, int minute) {
    return ClaimEvidence.newBuilder()
        .setClaimId(CLAIM)
        .setArticleId(articleId)
        .setArticleVersion(1)
        .setOp(EvidenceOp.UPSERT)
        .setSource(source)
        .setStance(stance)
        .setClaimText("Leader A and leader B spoke by phone")
        .setQuote(source.getName() + " on " + articleId)
        .setPublisher(articleId.toUpperCase())
        .setArticleUrl("https://news.example/" + articleId)
        .setEventTime(T0.plusSeconds(60L * minute))
        .setIngestedAt(T0.plusSeconds(60L * minute + 5));
  }

  public static ClaimEvidence retract(ClaimEvidence standing, int version) {
    return ClaimEvidence.newBuilder(standing).setOp(EvidenceOp.RETRACT).setArticleVersion(version).build();
  }

  private static String display(String key) {
    StringBuilder out = new StringBuilder();
    for (String word : key.split(" ")) {
      out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}
