package io.claimwatch.extraction.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HeadlineFeaturesTest {
  private static final String CLAIM = "A giant squid washed up on a beach in Oregon";
  /** A stand-in embedder: two unit vectors, the claim and anything else. */
  private static final Function<String, float[]> TWO_POINTS = s -> s.equals(CLAIM) ? new float[] {1, 0} : new float[] {0.6f, 0.8f};

  @Test
  void shouldAddCosineAndDifferenceFeaturesWhenAnEmbedderIsGiven() {
    HeadlineFeatures features = HeadlineStanceClassifier.featuresFromResources().withEmbeddings(TWO_POINTS);
    List<HeadlineFeature> f = features.weighted(CLAIM, "Squid photo is a hoax");
    Map<String, Double> byName = f.stream().collect(java.util.stream.Collectors.toMap(HeadlineFeature::name, HeadlineFeature::value));
    assertThat(byName.get("cos")).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(byName).containsKey("cos:high").containsKey("ed:0").containsKey("ed:1");
    assertThat(byName.get("ed:1")).isPositive();
    assertThat(byName.keySet()).anyMatch(k -> k.startsWith("lex:") && k.endsWith("&cos:high"))
        .anyMatch(k -> k.startsWith("soft:refute:"));
  }

  @Test
  void shouldEmbedClaimAndHeadlineTogetherWhenAnEmbedderIsGiven() {
    java.util.Set<String> asked = new java.util.HashSet<>();
    HeadlineFeatures features = HeadlineStanceClassifier.featuresFromResources().withEmbeddings(s -> {
      asked.add(s);
      return TWO_POINTS.apply(s);
    });
    String headline = "Oregon beachgoers say the squid was a rubber prop";
    Map<String, Double> byName = features.weighted(CLAIM, headline).stream()
        .collect(java.util.stream.Collectors.toMap(HeadlineFeature::name, HeadlineFeature::value));
    assertThat(asked).contains(CLAIM + ". " + headline);
    // joint vector (0.6, 0.8) minus claim vector (1, 0), scaled by 0.1 * sqrt(2)
    double scale = HeadlineFeatures.DIFFERENCE_SCALE * Math.sqrt(2);
    assertThat(byName.get("jd:0")).isCloseTo(-0.4 * scale, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(byName.get("jd:1")).isCloseTo(0.8 * scale, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(byName).doesNotContainKey("jd:2");
  }

  @Test
  void shouldLeaveOutJointFeaturesWhenNoEmbedderIsGiven() {
    assertThat(HeadlineStanceClassifier.featuresFromResources().weighted(CLAIM, "Squid story denied by the aquarium"))
        .noneMatch(x -> x.name().startsWith("jd:"));
  }

  @Test
  void shouldCompareWithRephrasedClaimsWhenAnEmbedderIsGiven() {
    HeadlineFeatures features = HeadlineStanceClassifier.featuresFromResources().withEmbeddings(TWO_POINTS);
    Map<String, Double> byName = features.weighted(CLAIM, "Squid photo is a hoax").stream()
        .collect(java.util.stream.Collectors.toMap(HeadlineFeature::name, HeadlineFeature::value));
    // the headline and every rephrased claim share a vector: cosine 1 against 0.6 for the plain claim
    assertThat(byName.get("rephrase:0")).isCloseTo(ClaimRephrasings.SCALE * 0.4, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(byName).containsKey("rephrase:" + (ClaimRephrasings.TEMPLATES.size() - 1)).containsEntry("rephrase:best=0", 1.0);
  }

  @Test
  void shouldMarkNegationByWhichSideHasItWhenClaimAndHeadlineDiffer() {
    HeadlineFeatures features = HeadlineStanceClassifier.featuresFromResources();
    assertThat(features.extract(CLAIM, "The squid did not wash up in Oregon")).contains("asym:negation:headline")
        .noneMatch(f -> f.startsWith("b:"));
    assertThat(features.extract("The squid did not wash up in Oregon", "Squid washes up in Oregon"))
        .contains("asym:negation:claim").doesNotContain("asym:negation:headline");
    assertThat(features.extract("No squid in Oregon", "No, there is no squid")).contains("asym:negation:both");
  }

  @Test
  void shouldKeepOnlyBinaryFeaturesWhenNoEmbedderIsGiven() {
    List<HeadlineFeature> f = HeadlineStanceClassifier.featuresFromResources().weighted(CLAIM, "Squid photo is a hoax");
    assertThat(f).allMatch(x -> x.value() == 1.0).noneMatch(x -> x.name().equals("cos"));
  }

  @Test
  void shouldRefuseAnEmbeddingModelWhenTheFeaturesHaveNoEmbedder() {
    StanceModel withCosine = new StanceModel(Map.of("cos", new double[] {1, 0, 0}));
    assertThatThrownBy(() -> new HeadlineStanceClassifier(HeadlineStanceClassifier.featuresFromResources(), withCosine))
        .hasMessageContaining("embeddings");
  }
}
