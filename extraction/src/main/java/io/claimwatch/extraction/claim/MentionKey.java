package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.embed.CachingEmbedder;

/**
 * The key of one claim mention within its article: a hash of its claim text, normalized as the embedder and the
 * mention ids normalize it. Two attributions share a mention when their claim texts are the same proposition worded
 * the same; claims that only share a salient term (the canonical id) stay separate mentions, and grouping them across
 * wordings is the claim resolver's job.
 */
public final class MentionKey {
  private MentionKey() {
  }

  public static String of(String claimText) {
    return ClaimCanonicalizer.hash("mention:" + CachingEmbedder.normalize(claimText));
  }
}
