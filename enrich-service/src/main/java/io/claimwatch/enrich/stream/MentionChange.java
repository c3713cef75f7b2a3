package io.claimwatch.enrich.stream;

import io.claimwatch.schemas.ClaimMention;

/** One record for the mention-vectors topic: a mention with its embedding, or a tombstone ({@code mention} null). */
public record MentionChange(String mentionId, ClaimMention mention) {
}
