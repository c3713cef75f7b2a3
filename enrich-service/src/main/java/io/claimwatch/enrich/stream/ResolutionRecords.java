package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.MentionAssignment;
import java.time.Instant;

/** The claim resolver's decisions as the records of {@code news.claims.mentions} and {@code news.claims.merges}. */
public final class ResolutionRecords {
    private ResolutionRecords() {
    }

    /** The assignment record, or null (a tombstone) for an unassigned mention; null for merges. */
    public static MentionAssignment assignment(ResolutionEvent event) {
        if (event instanceof ResolutionEvent.Assigned a) {
            return MentionAssignment.newBuilder()
                    .setMentionId(a.mentionId())
                    .setArticleId(articleOf(a.mentionId()))
                    .setClaimId(a.claimId())
                    .setSimilarity(a.similarity())
                    .setText(a.text())
                    .setAssignedAt(Instant.ofEpochMilli(a.at()))
                    .build();
        }
        return null;
    }

    public static ClaimMerge merge(ResolutionEvent.Merged m) {
        return ClaimMerge.newBuilder()
                .setClaimId(m.claimId())
                .setMergedInto(m.mergedInto())
                .setSimilarity(m.similarity())
                .setMentionsMoved(m.mentionsMoved())
                .setMergedAt(Instant.ofEpochMilli(m.at()))
                .build();
    }

    /** Mention ids are {@code articleId#hash}; article ids never contain '#' after normalization of a fragment. */
    static String articleOf(String mentionId) {
        int hash = mentionId.lastIndexOf('#');
        return hash < 0 ? mentionId : mentionId.substring(0, hash);
    }
}
