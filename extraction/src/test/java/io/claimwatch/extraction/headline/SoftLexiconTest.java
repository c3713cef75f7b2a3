package io.claimwatch.extraction.headline;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.claim.StemmedTerms;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class SoftLexiconTest {
  private static final StemmedTerms TERMS = new StemmedTerms(CharArraySet.EMPTY_SET);
  /** Near-orthogonal random unit vectors per word, except that "rebuffs" means the same as "denies". */
  private static final Function<String, float[]> WORDS = w -> {
    Random r = new Random(w.equals("rebuffs") ? "denies".hashCode() : w.hashCode());
    float[] v = new float[256];
    double n = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
      n += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(n);
    return v;
  };
  private final SoftLexicon lexicon = new SoftLexicon(
      Map.of("refute", List.of("denies", "hoax", "not_true"), "hedge", List.of("reportedly", "rumor")), WORDS);

  @Test
  void shouldMatchASynonymOfAnEntryWhenTheStemIsNotInTheLexicon() {
    List<String> names = names(lexicon.features(TERMS.allTerms("Senator rebuffs the harbor story"), Set.of()));
    assertThat(names).contains("soft:refute:4", "softw:denies", "soft:hedge:0").noneMatch(n -> n.startsWith("soft:hedge:4"));
  }

  @Test
  void shouldSkipClaimWordsWhenMatching() {
    Set<String> claimStems = Set.of(TERMS.stem("rebuffs"));
    List<String> names = names(lexicon.features(TERMS.allTerms("Senator rebuffs the harbor story"), claimStems));
    assertThat(names).contains("soft:refute:0").doesNotContain("softw:denies");
  }

  private static List<String> names(List<HeadlineFeature> features) {
    assertThat(features).allMatch(f -> f.value() == 1.0);
    return features.stream().map(HeadlineFeature::name).toList();
  }
}
