package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosTaggerTest {
  private final PosTagger tagger = new PosTagger();

  @Test
  void shouldTagARepeatedSentenceAlikeWhenAnEarlierCallerChangedItsCopy() {
    String[] words = {"The", "harbour", "board", "approved", "the", "new", "pier"};
    String[] first = tagger.tag(words);
    String[] expected = first.clone();
    first[3] = "CHANGED";
    assertThat(tagger.tag(words)).containsExactly(expected);
    assertThat(expected[3]).isEqualTo("VERB");
  }

  @Test
  void shouldTagTheSameWordsAlikeWhenMoreSentencesThanTheCacheHoldsCameBetween() {
    String[] words = {"She", "did", "not", "sign", "the", "lease"};
    String[] before = tagger.tag(words);
    for (int i = 0; i < PosTagger.CACHE_SIZE + 10; i++) {
      tagger.tag(new String[] {"Item", Integer.toString(i), "arrived"});
    }
    assertThat(tagger.tag(words)).containsExactly(before);
  }
}
