package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;

/**
 * A fact's identity whatever the record key it arrived with: {@code (mentionId, source key)} when the evidence names
 * its mention, else {@code (claimId, articleId, source key)} (v1 producers). Components are length-prefixed
 * ({@code <length>:<text>}), so no id can be confused with another whatever characters it contains.
 */
public final class FactIds {

  private FactIds() {}

  public static String of(ClaimEvidence evidence) {
    StringBuilder out = new StringBuilder();
    if (evidence.getMentionId() != null) {
      out.append('m');
      part(out, evidence.getMentionId());
    } else {
      out.append('c');
      part(out, evidence.getClaimId());
      part(out, evidence.getArticleId());
    }
    part(out, evidence.getSource().getKey());
    return out.toString();
  }

  private static void part(StringBuilder out, String value) {
    out.append(value.length()).append(':').append(value);
  }
}
