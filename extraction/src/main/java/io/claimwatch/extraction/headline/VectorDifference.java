package io.claimwatch.extraction.headline;

import java.util.ArrayList;
import java.util.List;

/**
 * The component-wise difference of two sentence vectors as named features ({@code PREFIX:i} = (aᵢ − bᵢ) × scale),
 * shared by the headline-minus-claim ({@code ed:i}) and joint-minus-claim ({@code jd:i}) features.
 */
final class VectorDifference {
  private VectorDifference() {
  }

  /** {@code prefix:i} = ({@code a[i]} − {@code b[i]}) × {@code scale} for every component. */
  static List<HeadlineFeature> features(String prefix, float[] a, float[] b, double scale) {
    List<HeadlineFeature> out = new ArrayList<>(a.length);
    for (int i = 0; i < a.length; i++) out.add(new HeadlineFeature(prefix + i, (a[i] - b[i]) * scale));
    return out;
  }
}
