package io.claimwatch.platform.topics;

import java.util.List;

/** Names of every ClaimWatch topic (see ARCHITECTURE.md), and their specifications. */
public final class Topics {
    public static final String ARTICLES_RAW = "news.articles.raw";
    public static final String ARTICLES_REJECTED = "news.articles.rejected";
    public static final String ARTICLES_ENRICHED = "news.articles.enriched";
    public static final String CLAIMS_EVIDENCE = "news.claims.evidence";
    public static final String CLAIMS_STATUS = "news.claims.status";
    /** Claim mentions with their embeddings, the claim resolver's input; one partition by design. */
    public static final String CLAIM_MENTION_VECTORS = "news.claims.mention-vectors";
    /** The resolver's answer, mention id to claim id; compacted. */
    public static final String CLAIM_MENTIONS = "news.claims.mentions";
    /** Merged claim id to surviving claim id; compacted, a merged id redirects forever. */
    public static final String CLAIM_MERGES = "news.claims.merges";
    public static final String ENRICH_DEAD_LETTER = "news.enrich.dead-letter";
    public static final String AGGREGATE_DEAD_LETTER = "news.aggregate.dead-letter";

    private Topics() {
    }

    /**
     * Every topic with the given partition count. Keyed, latest-value topics (raw articles, enriched articles,
     * statuses, mention vectors, mention assignments, merges) are compacted; the mention vectors are one partition, since the claim resolver needs every mention in one place; the evidence stream, rejections and dead letters are not.
     */
    public static List<TopicSpec> specs(int partitions) {
        return List.of(
                new TopicSpec(ARTICLES_RAW, partitions, true),
                new TopicSpec(ARTICLES_REJECTED, partitions, false),
                new TopicSpec(ARTICLES_ENRICHED, partitions, true),
                new TopicSpec(CLAIMS_EVIDENCE, partitions, false),
                new TopicSpec(CLAIMS_STATUS, partitions, true),
                new TopicSpec(CLAIM_MENTION_VECTORS, 1, true),
                new TopicSpec(CLAIM_MENTIONS, partitions, true),
                new TopicSpec(CLAIM_MERGES, partitions, true),
                new TopicSpec(ENRICH_DEAD_LETTER, 1, false),
                new TopicSpec(AGGREGATE_DEAD_LETTER, 1, false));
    }
}
