package io.claimwatch.aggregate.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Helpers for bounded samples kept as sorted, distinct lists of the {@code limit} smallest elements. Which elements a
 * sample holds depends only on the set they were drawn from (never on arrival order), so an incrementally kept sample
 * equals one drawn from scratch.
 */
final class SmallestSet {

  private SmallestSet() {}

  /** {@code sample} with {@code item} inserted, still sorted, distinct and at most {@code limit} long. */
  static <T extends Comparable<? super T>> List<T> insert(List<T> sample, T item, int limit) {
    int at = Collections.binarySearch(sample, item);
    if (at >= 0 || (sample.size() >= limit && -at - 1 >= limit)) {
      return sample;
    }
    List<T> next = new ArrayList<>(sample);
    next.add(-at - 1, item);
    if (next.size() > limit) {
      next.removeLast();
    }
    return List.copyOf(next);
  }

  static <T extends Comparable<? super T>> boolean contains(List<T> sample, T item) {
    return Collections.binarySearch(sample, item) >= 0;
  }
}
