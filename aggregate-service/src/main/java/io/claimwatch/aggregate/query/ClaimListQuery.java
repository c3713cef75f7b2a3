package io.claimwatch.aggregate.query;

import io.claimwatch.schemas.Verdict;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameters of {@code GET /claims}: filters ({@code verdict}, text {@code q} matched case-insensitively against
 * the claim text and id, {@code since} = updated at or after), sort ({@code updated}, {@code score}, {@code sources} =
 * independent origins) with ties broken by claim id, and paging. {@link #parse} rejects bad values with
 * {@link InvalidParameterException} naming the parameter.
 */
public record ClaimListQuery(Verdict verdict, String q, Instant since, String sort, boolean ascending, int limit,
    int offset) {

  public static final int MAX_LIMIT = 500;
  private static final List<String> SORTS = List.of("updated", "score", "sources");

  /** Reads the query string ({@code name -> first value}; absent or blank = default). */
  public static ClaimListQuery parse(Function<String, String> param) {
    Verdict verdict = null;
    String v = blankToNull(param.apply("verdict"));
    if (v != null) {
      try {
        verdict = Verdict.valueOf(v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("verdict", "must be one of CONFIRMED, DENIED, DISPUTED, UNVERIFIED");
      }
    }
    Instant since = null;
    String s = blankToNull(param.apply("since"));
    if (s != null) {
      try {
        since = Instant.parse(s);
      } catch (DateTimeParseException e) {
        throw new InvalidParameterException("since", "must be an ISO-8601 instant such as 2026-01-10T12:00:00Z");
      }
    }
    String sort = orDefault(param.apply("sort"), "updated").toLowerCase(Locale.ROOT);
    if (!SORTS.contains(sort)) {
      throw new InvalidParameterException("sort", "must be one of updated, score, sources");
    }
    String order = orDefault(param.apply("order"), "desc").toLowerCase(Locale.ROOT);
    if (!order.equals("asc") && !order.equals("desc")) {
      throw new InvalidParameterException("order", "must be asc or desc");
    }
    int limit = integer(param, "limit", 50, 1, MAX_LIMIT);
    int offset = integer(param, "offset", 0, 0, Integer.MAX_VALUE);
    return new ClaimListQuery(verdict, blankToNull(param.apply("q")), since, sort, order.equals("asc"), limit, offset);
  }

  /** The filter parameters only, for forwarding to {@code /internal/claims} on other instances. */
  public Map<String, String> filterParameters() {
    var map = new java.util.LinkedHashMap<String, String>();
    if (verdict != null) {
      map.put("verdict", verdict.name());
    }
    if (q != null) {
      map.put("q", q);
    }
    if (since != null) {
      map.put("since", since.toString());
    }
    return map;
  }

  public boolean matches(ClaimViews.Summary s) {
    if (verdict != null && !verdict.name().equals(s.verdict())) {
      return false;
    }
    if (since != null && Instant.parse(s.updatedAt()).isBefore(since)) {
      return false;
    }
    if (q != null) {
      String needle = q.toLowerCase(Locale.ROOT);
      return s.text().toLowerCase(Locale.ROOT).contains(needle) || s.claimId().toLowerCase(Locale.ROOT).contains(needle);
    }
    return true;
  }

  /** Sorts and pages the merged, filtered summaries of all instances. */
  public ClaimViews.Page page(List<ClaimViews.Summary> matching) {
    Comparator<ClaimViews.Summary> key = switch (sort) {
      case "score" -> Comparator.comparingDouble(ClaimViews.Summary::score);
      case "sources" -> Comparator.comparingInt(s -> s.counts().origins());
      default -> Comparator.comparing(s -> Instant.parse(s.updatedAt()));
    };
    Comparator<ClaimViews.Summary> order = (ascending ? key : key.reversed())
        .thenComparing(ClaimViews.Summary::claimId);
    List<ClaimViews.Summary> items = matching.stream().sorted(order).skip(offset).limit(limit).toList();
    return new ClaimViews.Page(items, matching.size(), limit, offset);
  }

  private static int integer(Function<String, String> param, String name, int def, int min, int max) {
    String raw = blankToNull(param.apply(name));
    if (raw == null) {
      return def;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new InvalidParameterException(name, "must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "must be an integer");
    }
  }

  private static String orDefault(String value, String def) {
    String v = blankToNull(value);
    return v == null ? def : v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
