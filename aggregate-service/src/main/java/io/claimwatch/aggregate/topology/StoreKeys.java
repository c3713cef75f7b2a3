package io.claimwatch.aggregate.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;

/**
 * Byte keys of the per-claim stores. Every key starts with the claim id, length-prefixed ({@code 4-byte length +
 * UTF-8}), so one claim's entries are one contiguous key range (prefix scans) and no claim id can be confused with
 * another whatever characters it holds; inner components are length-prefixed the same way, and the last component is
 * raw UTF-8 so entries of one prefix are ordered by it. Fixed-width numeric components are big-endian and
 * order-preserving.
 */
public final class StoreKeys {

  private StoreKeys() {}

  /** All entries of one claim. */
  public static Bytes claim(String claimId) {
    return new Bytes(part(claimId));
  }

  /** {@code claim-facts}: claim, origin key, fact id. */
  public static Bytes fact(String claimId, String originKey, String factId) {
    return join(part(claimId), part(originKey), utf8(factId));
  }

  /** The {@code claim-facts} entries of one origin of one claim. */
  public static Bytes originFacts(String claimId, String originKey) {
    return join(part(claimId), part(originKey));
  }

  /** {@code claim-origins}: claim, origin key. */
  public static Bytes origin(String claimId, String originKey) {
    return join(part(claimId), utf8(originKey));
  }

  /** {@code claim-origin-rank}: claim, weight descending (8 bytes), origin key ascending. */
  public static Bytes rank(String claimId, double weight, String originKey) {
    long descending = Long.MAX_VALUE - Double.doubleToLongBits(Math.max(0.0, weight));
    return join(part(claimId), ByteBuffer.allocate(8).putLong(descending).array(), utf8(originKey));
  }

  /** The origin key of a {@code claim-origin-rank} key. */
  public static String rankOrigin(Bytes rankKey, String claimId) {
    int offset = part(claimId).length + 8;
    byte[] key = rankKey.get();
    return new String(key, offset, key.length - offset, StandardCharsets.UTF_8);
  }

  /** {@code claim-articles}: claim, article id. */
  public static Bytes article(String claimId, String articleId) {
    return join(part(claimId), utf8(articleId));
  }

  /** The article id of a {@code claim-articles} key. */
  public static String articleId(Bytes articleKey, String claimId) {
    int offset = part(claimId).length;
    byte[] key = articleKey.get();
    return new String(key, offset, key.length - offset, StandardCharsets.UTF_8);
  }

  /** {@code claim-fact-times}: claim, event time ascending (8 bytes), fact id. */
  public static Bytes time(String claimId, Instant eventTime, String factId) {
    long ascending = eventTime.toEpochMilli() ^ Long.MIN_VALUE;
    return join(part(claimId), ByteBuffer.allocate(8).putLong(ascending).array(), utf8(factId));
  }

  /** The event time (milliseconds) of a {@code claim-fact-times} key. */
  public static long timeMillis(Bytes timeKey, String claimId) {
    return ByteBuffer.wrap(timeKey.get(), part(claimId).length, 8).getLong() ^ Long.MIN_VALUE;
  }

  /** The smallest key after {@code key} (for "entries after the cursor"). */
  public static Bytes after(Bytes key) {
    return new Bytes(Arrays.copyOf(key.get(), key.get().length + 1));
  }

  /** An upper bound of every key starting with {@code prefix}; check {@link #startsWith} on what a range returns. */
  public static Bytes upperBound(Bytes prefix) {
    byte[] bytes = prefix.get();
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] != (byte) 0xFF) {
        byte[] bound = Arrays.copyOf(bytes, i + 1);
        bound[i]++;
        return new Bytes(bound);
      }
    }
    byte[] all = new byte[bytes.length + 64];
    Arrays.fill(all, (byte) 0xFF);
    return new Bytes(all);
  }

  public static boolean startsWith(Bytes key, Bytes prefix) {
    byte[] k = key.get();
    byte[] p = prefix.get();
    return k.length >= p.length && Arrays.equals(k, 0, p.length, p, 0, p.length);
  }

  private static byte[] part(String value) {
    byte[] bytes = utf8(value);
    return ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static Bytes join(byte[]... parts) {
    int size = 0;
    for (byte[] p : parts) {
      size += p.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    for (byte[] p : parts) {
      out.put(p);
    }
    return new Bytes(out.array());
  }
}
