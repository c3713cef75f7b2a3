package io.claimwatch.enrich.stream;

import java.util.List;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.SourceAffiliation;

/**
 * What processing one raw-article record produced: an enriched article with its evidence changes, a retraction
 * (enriched tombstone plus RETRACT facts), a dead letter, or nothing (a stale version); an enriched article may
 * also have taught new affiliations (forwarded as a separate {@link Learned} outcome).
 */
public sealed interface EnrichOutcome {

    /** The evidence changes to publish, keyed by fact key downstream. */
    default List<ClaimEvidence> evidence() {
        return List.of();
    }

    /** The mention records to publish for the claim resolver, keyed by mention id downstream. */
    default List<MentionChange> mentions() {
        return List.of();
    }

    record Enriched(EnrichedArticle article, List<ClaimEvidence> evidence, List<MentionChange> mentions)
            implements EnrichOutcome {
    }

    record Retracted(List<ClaimEvidence> evidence, List<MentionChange> mentions) implements EnrichOutcome {
    }

    record Failed(DeadLetter deadLetter) implements EnrichOutcome {
    }

    record Skipped(String reason) implements EnrichOutcome {
    }

    /** Affiliations the article's text stated that the global affiliation store did not hold yet. */
    record Learned(List<SourceAffiliation> affiliations) implements EnrichOutcome {
    }
}
