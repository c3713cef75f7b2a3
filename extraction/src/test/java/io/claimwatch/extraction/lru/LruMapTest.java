package io.claimwatch.extraction.lru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LruMapTest {

  @Test
  void shouldDropTheLeastRecentlyUsedEntryWhenAPutGoesPastTheCapacity() {
    LruMap<String, Integer> map = new LruMap<>(2);
    map.put("a", 1);
    map.put("b", 2);
    map.get("a");
    map.put("c", 3);
    assertThat(map).containsOnlyKeys("a", "c");
  }

  @Test
  void shouldKeepNothingWhenTheCapacityIsZero() {
    LruMap<String, Integer> map = new LruMap<>(0);
    map.put("a", 1);
    assertThat(map).isEmpty();
  }
}
