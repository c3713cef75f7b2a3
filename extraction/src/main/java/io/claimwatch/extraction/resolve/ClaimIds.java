package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.CachingEmbedder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids of mentions and claims. A mention id is the article id and a hash of the mention's normalized text, so an
 * article version that keeps a sentence keeps its mention; a claim id is a hash of the mention that opened it, so
 * replaying the same input in the same order gives the same ids.
 */
public final class ClaimIds {
  private ClaimIds() {
  }

  public static String mentionId(String articleId, String text) {
    return articleId + "#" + hash16(CachingEmbedder.normalize(text));
  }

  /**
   * A title question's id ({@link QuestionLinks}): the article id, {@code #q} and a hash of the question's normalized
   * text, so it never equals a mention id (whose hash part is hex digits only).
   */
  public static String questionId(String articleId, String text) {
    return articleId + "#q" + hash16(CachingEmbedder.normalize(text));
  }

  /** Whether an id is a question id rather than a mention id. */
  public static boolean isQuestionId(String id) {
    int hash = id.lastIndexOf('#');
    return hash >= 0 && id.startsWith("q", hash + 1);
  }

  /** The article a mention id names (the part before its last {@code #}). */
  public static String articleOf(String mentionId) {
    int hash = mentionId.lastIndexOf('#');
    return hash < 0 ? mentionId : mentionId.substring(0, hash);
  }

  public static String claimIdFor(String openingMentionId) {
    return "c" + hash16("claim:" + openingMentionId);
  }

  private static String hash16(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
