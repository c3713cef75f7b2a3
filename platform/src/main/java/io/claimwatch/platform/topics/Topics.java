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
    /** Title question id to the claim it asks about (a read-only link, no mention); compacted. */
    public static final String CLAIM_QUESTIONS = "news.claims.questions";
    /** Merged claim id to surviving claim id; compacted, a merged id redirects forever. */
    public static final String CLAIM_MERGES = "news.claims.merges";
    /** Learned "speaks for" affiliations, person key to organization; compacted, read back by enrich as a global store. */
    public static final String SOURCES_AFFILIATIONS = "news.sources.affiliations";
    public static final String ENRICH_DEAD_LETTER = "news.enrich.dead-letter";
    /** Avro {@code DeadLetter}s the aggregate topology writes (evidence it cannot use). */
    public static final String AGGREGATE_DEAD_LETTER = "news.aggregate.dead-letter";
    /**
     * Largest record a ClaimWatch topic takes ({@code max.message.bytes}, 2 MiB): above ingest's largest article
     * (1 MiB body plus fields) and twice enrich's bounded output records (see docs/enrich-service.md).
     */
    public static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
    /** Dead-letter topics take a whole raw record plus the error headers: 4 MiB, the producers' {@code max.request.size}. */
    public static final int DEAD_LETTER_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
    /** Raw-byte dead letters of the aggregate's exception handlers (unreadable, unprocessable, unproducible). */
    public static final String AGGREGATE_DEAD_LETTER_RAW = "news.aggregate.dead-letter.raw";
    /** Raw-byte dead letters of the enrich-service's exception handlers (unreadable, unprocessable, unproducible). */
    public static final String ENRICH_DEAD_LETTER_RAW = "news.enrich.dead-letter.raw";

    private Topics() {
    }

    /**
     * Every topic with the given partition count. Keyed, latest-value topics (raw articles, enriched articles,
     * statuses, mention vectors, mention assignments, merges, question links, learned affiliations) are compacted; the mention vectors are one partition, since the claim resolver needs every mention in one place; the evidence stream, rejections and dead letters are not.
     */
    /** The {@code max.message.bytes} a topic is created with. */
    public static int maxMessageBytes(String topic) {
        return topic.endsWith(".dead-letter") ? DEAD_LETTER_MAX_MESSAGE_BYTES : MAX_MESSAGE_BYTES;
    }

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
                new TopicSpec(CLAIM_QUESTIONS, partitions, true),
                new TopicSpec(SOURCES_AFFILIATIONS, partitions, true),
                new TopicSpec(ENRICH_DEAD_LETTER, 1, false),
                new TopicSpec(AGGREGATE_DEAD_LETTER, 1, false),
                new TopicSpec(AGGREGATE_DEAD_LETTER_RAW, 1, false),
                new TopicSpec(ENRICH_DEAD_LETTER_RAW, 1, false));
    }
}
