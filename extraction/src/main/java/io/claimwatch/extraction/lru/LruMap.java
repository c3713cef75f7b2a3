package io.claimwatch.extraction.lru;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code capacity} entries and drops the least recently used one (read or written) when a
 * put goes past it: the one bounded cache behind the embedding cache, the tagger's sentence cache and the stream
 * resolver's decoded mentions (capacity 0 keeps nothing). Not thread-safe; callers synchronize or keep one per
 * thread.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {
  private final int capacity;

  public LruMap(int capacity) {
    super(16, 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > capacity;
  }
}
