package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.resolve.ClaimIds;
import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.schemas.QuestionLink;
import java.time.Instant;

/**
 * The claim resolver's decisions as the records of {@code news.claims.mentions}, {@code news.claims.merges} and
 * {@code news.claims.questions}.
 */
public final class ResolutionRecords {
    private ResolutionRecords() {
    }

    /** The assignment record, or null (a tombstone) for an unassigned mention; null for merges. */
    public static MentionAssignment assignment(ResolutionEvent event) {
        if (event instanceof ResolutionEvent.Assigned a) {
            return MentionAssignment.newBuilder()
                    .setMentionId(a.mentionId())
                    .setArticleId(ClaimIds.articleOf(a.mentionId()))
                    .setClaimId(a.claimId())
                    .setSimilarity(a.similarity())
                    .setText(a.text())
                    .setAssignedAt(Instant.ofEpochMilli(a.at()))
                    .build();
        }
        return null;
    }

    /** Whether the event is a mention's (assigned or unassigned), for {@code news.claims.mentions}. */
    public static boolean isMention(ResolutionEvent event) {
        return event instanceof ResolutionEvent.Assigned || event instanceof ResolutionEvent.Unassigned;
    }

    /** Whether the event is a title question's link (or its withdrawal), for {@code news.claims.questions}. */
    public static boolean isQuestion(ResolutionEvent event) {
        return event instanceof ResolutionEvent.Asked || event instanceof ResolutionEvent.Unasked;
    }

    /** The question link record, or null (a tombstone) for a withdrawn link. */
    public static QuestionLink questionLink(ResolutionEvent event) {
        if (event instanceof ResolutionEvent.Asked a) {
            return QuestionLink.newBuilder()
                    .setQuestionId(a.questionId())
                    .setArticleId(ClaimIds.articleOf(a.questionId()))
                    .setText(a.text())
                    .setClaimId(a.claimId())
                    .setSimilarity(a.similarity())
                    .setLinkedAt(Instant.ofEpochMilli(a.at()))
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
}
