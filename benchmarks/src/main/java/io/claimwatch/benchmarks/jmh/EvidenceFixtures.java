package io.claimwatch.benchmarks.jmh;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic evidence facts on one claim for the scoring benchmark: a mix of source kinds and stances (about 60%
 * confirm, 25% deny, 15% only report), with a third of the facts relayed from a handful of shared origins so the
 * echo grouping has work to do, and one article per fact.
 */
final class EvidenceFixtures {
  static final String CLAIM_ID = "bench-claim";
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  private static final SourceType[] KINDS = {SourceType.PERSON, SourceType.ORGANIZATION, SourceType.PUBLICATION,
      SourceType.ANONYMOUS, SourceType.UNKNOWN};

  private EvidenceFixtures() {
  }

  static List<ClaimEvidence> facts(int count, long seed) {
    Random random = new Random(seed);
    List<ClaimEvidence> facts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(100);
      Stance stance = roll < 60 ? Stance.CONFIRMS : roll < 85 ? Stance.DENIES : Stance.REPORTS;
      Source source = source("source-" + random.nextInt(Math.max(2, count * 2 / 3)), KINDS[random.nextInt(KINDS.length)]);
      Source origin = random.nextInt(3) == 0 ? source("origin-" + random.nextInt(5), SourceType.PUBLICATION) : null;
      facts.add(fact("article-" + i, source, origin, stance, random.nextInt(10) == 0, START.plusSeconds(60L * i)));
    }
    return facts;
  }

  /** The same fact identity as {@code fact} with the opposite side taken an hour later. */
  static ClaimEvidence flipped(ClaimEvidence fact) {
    Stance opposite = fact.getStance() == Stance.DENIES ? Stance.CONFIRMS : Stance.DENIES;
    return ClaimEvidence.newBuilder(fact).setStance(opposite).setArticleVersion(fact.getArticleVersion() + 1)
        .setEventTime(fact.getEventTime().plusSeconds(3_600)).setIngestedAt(fact.getIngestedAt().plusSeconds(3_600))
        .build();
  }

  private static Source source(String key, SourceType type) {
    return Source.newBuilder().setKey(key).setName(key.toUpperCase(java.util.Locale.ROOT)).setType(type).build();
  }

  private static ClaimEvidence fact(String articleId, Source source, Source origin, Stance stance, boolean party,
      Instant at) {
    return ClaimEvidence.newBuilder()
        .setClaimId(CLAIM_ID).setArticleId(articleId).setArticleVersion(1).setOp(EvidenceOp.UPSERT)
        .setSource(source).setOrigin(origin).setStance(stance).setConfidence(0.8).setParty(party)
        .setClaimText("Tarsa Freight will buy Orvik Lines").setQuote("Tarsa Freight will buy Orvik Lines")
        .setPublisher("Estmark Gazette").setArticleUrl("https://estmark-gazette.example/" + articleId)
        .setEventTime(at).setIngestedAt(at.plusSeconds(5))
        .build();
  }
}
