package io.claimwatch.ingest.store;

/**
 * What ingest-service keeps about one id: the last version written, its content hash, whether it was retracted,
 * and where the accepted record lies in {@code news.articles.raw} ({@code partition}, {@code offset}), so that
 * {@code GET /articles/{id}} can read the body back from the topic. Bodies are never kept in memory: the heap grows
 * with the number of ids (about 200 bytes each), not with the size of the articles.
 */
public record ArticleState(int version, String contentHash, boolean retracted, int partition, long offset) {

    /** Offset of a state whose record position is not known (never returned by the store). */
    public static final long UNKNOWN_OFFSET = -1;

    public static ArticleState accepted(int version, String contentHash, int partition, long offset) {
        return new ArticleState(version, contentHash, false, partition, offset);
    }

    public ArticleState retract() {
        return new ArticleState(version, contentHash, true, partition, offset);
    }
}
