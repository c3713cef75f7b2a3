package io.claimwatch.localstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.MentionAssignment;

/**
 * Decides when a set of ingested articles has gone all the way through: every article is enriched, every standing
 * fact's mention has its claim from the resolver, and every claim's status accounts for exactly the evidence facts in force (same fact count, same article count, and the
 * article ids it lists - a bounded sample since statuses are bounded - all among the articles carrying evidence). It reads the pipeline's own topics, so it needs no hooks into the services.
 */
final class PipelineDrain {
    private static final Duration POLL = Duration.ofMillis(200);

    private PipelineDrain() {
    }

    /** What a drained pipeline shows: the latest status per claim id, and each claim's name ({@link Drained#names()}). */
    record Drained(Map<String, ClaimStatus> statuses, Map<String, String> names) {
    }

    static Map<String, ClaimStatus> await(String bootstrap, String registryUrl, List<String> articleIds, Duration timeout) {
        return drain(bootstrap, registryUrl, articleIds, timeout).statuses();
    }

    /**
     * {@link #await}, also naming each claim by the alphabetically first claim text of its standing facts: unlike the
     * status's own text (its earliest fact's wording, where two facts of one article and source tie), that name does not
     * depend on the order the facts arrived in, so runs can be compared by it.
     */
    static Drained drain(String bootstrap, String registryUrl, List<String> articleIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (TopicSnapshot<EnrichedArticle> enriched = new TopicSnapshot<>(bootstrap, registryUrl, Topics.ARTICLES_ENRICHED,
                EnrichedArticle.class);
             TopicSnapshot<ClaimEvidence> evidence = new TopicSnapshot<>(bootstrap, registryUrl, Topics.CLAIMS_EVIDENCE,
                     ClaimEvidence.class, fact -> fact.getClaimId() + '\u0000' + fact.getArticleId() + '\u0000' + fact.getSource().getKey());
             TopicSnapshot<MentionAssignment> assignments = new TopicSnapshot<>(bootstrap, registryUrl,
                     Topics.CLAIM_MENTIONS, MentionAssignment.class);
             TopicSnapshot<ClaimStatus> statuses = new TopicSnapshot<>(bootstrap, registryUrl, Topics.CLAIMS_STATUS,
                     ClaimStatus.class)) {
            while (!enriched.catchUp().keySet().containsAll(articleIds)) {
                pauseUntil(deadline, "articles to be enriched");
            }
            Map<String, Expectation> expected = expectations(evidence.catchUp(), assignments.catchUp());
            while (expected == null || !satisfied(expected, statuses.catchUp())) {
                pauseUntil(deadline, "claim statuses to reflect all evidence");
                expected = expectations(evidence.catchUp(), assignments.catchUp());
            }
            Map<String, String> names = new HashMap<>();
            expected.forEach((claim, expectation) -> names.put(claim, expectation.name()));
            return new Drained(statuses.snapshot(), names);
        }
    }

    /** What a claim's status must show once its evidence is processed. */
    private record Expectation(int facts, Set<String> articles, String name) {
    }

    /**
     * Per claim, the facts and articles in force: a fact with a mention id belongs to the claim the resolver assigned
     * to its mention ({@code news.claims.mentions}); null while some standing fact's mention is not assigned yet.
     */
    private static Map<String, Expectation> expectations(Map<String, ClaimEvidence> latestFacts,
                                                         Map<String, MentionAssignment> assignments) {
        Map<String, Integer> facts = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ClaimEvidence fact : latestFacts.values()) {
            String claim = fact.getClaimId();
            if (fact.getMentionId() != null) {
                MentionAssignment assigned = assignments.get(fact.getMentionId());
                if (assigned == null) {
                    if (fact.getOp() == EvidenceOp.UPSERT) {
                        return null;
                    }
                    continue;
                }
                claim = assigned.getClaimId();
            }
            facts.putIfAbsent(claim, 0);
            articles.putIfAbsent(claim, new HashSet<>());
            if (fact.getOp() == EvidenceOp.UPSERT) {
                facts.merge(claim, 1, Integer::sum);
                articles.get(claim).add(fact.getArticleId());
                names.merge(claim, fact.getClaimText(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<String, Expectation> result = new HashMap<>();
        facts.forEach((claim, count) -> result.put(claim, new Expectation(count, articles.get(claim), names.get(claim))));
        return result;
    }

    private static boolean satisfied(Map<String, Expectation> expected, Map<String, ClaimStatus> statuses) {
        for (Map.Entry<String, Expectation> entry : expected.entrySet()) {
            ClaimStatus status = statuses.get(entry.getKey());
            Expectation expectation = entry.getValue();
            if (expectation.facts() == 0) {
                if (status != null) {
                    return false;
                }
            } else if (status == null || status.getCounts().getEvidence() != expectation.facts()
                    || status.getCounts().getArticles() != expectation.articles().size()
                    || !expectation.articles().containsAll(status.getArticleIds())) {
                return false;
            }
        }
        return true;
    }

    private static void pauseUntil(long deadline, String what) {
        pauseUntil(deadline, what, POLL);
    }

    /** Sleeps {@code pause}, or fails naming {@code what} once {@code deadline} (a {@code nanoTime}) has passed. */
    static void pauseUntil(long deadline, String what, Duration pause) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("timed out waiting for " + what);
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
