package io.claimwatch.aggregate.query;

import java.util.Base64;
import java.util.function.Function;

/**
 * {@code ?cursor=...&limit=...} of the paged claim routes. The cursor is opaque to clients: the base64url of the last
 * store key of the previous page (so the next page is one range read from there, whatever the claim's size).
 */
public record PageRequest(byte[] cursor, int limit) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  public static PageRequest parse(Function<String, String> param) {
    String rawCursor = param.apply("cursor");
    byte[] cursor = null;
    if (rawCursor != null && !rawCursor.isBlank()) {
      try {
        cursor = Base64.getUrlDecoder().decode(rawCursor.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("cursor", "is not a cursor this API returned");
      }
    }
    String rawLimit = param.apply("limit");
    int limit = DEFAULT_LIMIT;
    if (rawLimit != null && !rawLimit.isBlank()) {
      try {
        limit = Integer.parseInt(rawLimit.strip());
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("limit", "must be an integer");
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
      }
    }
    return new PageRequest(cursor, limit);
  }

  public static String encode(byte[] key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }
}
