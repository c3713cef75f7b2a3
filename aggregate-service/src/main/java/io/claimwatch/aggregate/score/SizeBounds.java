package io.claimwatch.aggregate.score;

/**
 * Worst-case serialized sizes, in bytes, of the status record and of the aggregate's own store values, derived from
 * {@link StatusBounds}, the history limit and {@code maxIdChars}, the longest id or source key accepted upstream
 * (ingest refuses URLs over 2,048 characters; article ids are normalized URLs or hashes). Every character is counted
 * as 3 UTF-8 bytes (the most a UTF-16 char takes), every length or count as 5 bytes, every number as 10. The
 * derivation is spelled out in {@code docs/aggregate-service.md}; tests hold real records to these numbers.
 */
public final class SizeBounds {

  /** The longest id accepted upstream (ingest's URL limit). */
  public static final int MAX_ID_CHARS = 2_048;

  private SizeBounds() {}

  /** A string of at most {@code chars} characters. */
  static long text(int chars) {
    return 5 + 3L * chars;
  }

  /** The Avro {@code ClaimStatus} in Confluent wire format. */
  public static long status(StatusBounds b, int historyLimit, int maxIdChars) {
    long fixed = 5 + text(maxIdChars) + text(b.textChars()) + 1 + 8 + 8 + 8 + 6 * 10 + 3 * 10 + 1 + text(maxIdChars)
        + 4 * 5;
    long source = text(b.nameChars()) * 3 + 1 + 1 + 5 + b.relayersPerSource() * text(b.nameChars()) + 1 + 8 + 1
        + text(b.textChars()) + 2 * (5 + b.articlesPerSource() * 5 + 3L * b.sourceIdChars()) + 10 + 4 * 5;
    long articles = 5 + b.statusArticles() * 5L + 3L * b.statusIdChars();
    long history = 5 + historyLimit * (10 + 8 + 1 + 1 + text(b.historyIdChars()));
    return fixed + 5 + b.topSources() * source + articles + history;
  }

  /**
   * One {@link FactBrief} ({@code claim-facts}): fact id of up to 3 ids, 3 more ids, 3 names, quote, claim text,
   * the mention's similarity.
   */
  public static long fact(StatusBounds b, int maxIdChars) {
    return 1 + text(3 * maxIdChars + 40) + 3 * text(maxIdChars) + 3 * text(b.nameChars()) + 1 + text(maxIdChars)
        + 3 + 2 * 10 + 2 * text(b.textChars()) + 8;
  }

  /** One {@link OriginState} ({@code claim-origins}): counts, two facts, the sampled article refs and relayers. */
  public static long origin(StatusBounds b, int maxIdChars) {
    return 1 + text(maxIdChars) + 3 * 5 + 2 * fact(b, maxIdChars) + 5 + b.articlesPerSource() * 2 * text(maxIdChars)
        + 5 + b.relayersPerSource() * text(b.nameChars());
  }

  /** One {@link ClaimSummary} ({@code claim-summary}): the tally, counts, the earliest fact, the sampled ids. */
  public static long summary(StatusBounds b, int maxIdChars) {
    return 1 + 5 + 15 * 5 + 2 * 5 + fact(b, maxIdChars) + 5 + b.statusArticles() * text(maxIdChars);
  }
}
