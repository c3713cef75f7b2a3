package io.claimwatch.extraction.headline;

import java.util.List;
import java.util.function.Function;

/**
 * The claim and headline embedded together as one text ("CLAIM. HEADLINE"): the sentence encoder's attention then
 * reads the headline in the context of the claim, a crude stand-in for a sentence-pair model. The features are that
 * joint vector minus the claim's own vector ({@code jd:i}, scaled like {@link HeadlineFeatures}' headline-minus-claim
 * vector), which keeps what the pairing adds and leaves out most of the claim's topic (the raw vectors let a linear
 * model memorize training claims). One more embedding per (claim, headline) pair.
 */
final class JointEmbedding {
  static final String SEPARATOR = ". ";

  private JointEmbedding() {
  }

  /** The text embedded for a pair. */
  static String joint(String claim, String headline) {
    return claim + SEPARATOR + headline;
  }

  /** {@code jd:i} = (joint vector − claim vector {@code c})ᵢ × {@code scale}. */
  static List<HeadlineFeature> features(String claim, String headline, float[] c, double scale,
      Function<String, float[]> embedder) {
    return VectorDifference.features("jd:", embedder.apply(joint(claim, headline)), c, scale);
  }
}
