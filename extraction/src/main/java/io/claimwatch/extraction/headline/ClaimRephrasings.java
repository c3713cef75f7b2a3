package io.claimwatch.extraction.headline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Embedding features that compare a headline with the claim rephrased as a denial, a report, a rumour, a question
 * and a confirmation ("It is not true that CLAIM", "Reports claim that CLAIM", ...): for each rephrasing,
 * {@value #SCALE} × (cosine of the headline with the rephrased claim − cosine with the claim itself), and which
 * rephrasing the headline is closest to ({@code rephrase:best=-1} when it is closest to the plain claim). The
 * templates are general English frames written once, not drawn from any data; they let the sentence embedder say
 * whether a headline reads more like a denial or a report of the claim than like the claim. Each rephrasing is one
 * more embedding per distinct claim (the classifier's embedder caches them, claims repeat).
 */
final class ClaimRephrasings {
  static final double SCALE = 2;
  static final List<String> TEMPLATES = List.of("It is not true that %s", "Hoax: %s is fake",
      "Reports claim that %s", "Rumor: %s, sources say", "Is it true that %s?", "Confirmed: %s");

  private ClaimRephrasings() {
  }

  /** The features of headline vector {@code h} against {@code claim} (whose own vector is {@code c}). */
  static List<HeadlineFeature> features(String claim, float[] c, float[] h, Function<String, float[]> embedder) {
    double plain = dot(h, c);
    int best = -1;
    double bestCos = plain;
    List<HeadlineFeature> out = new ArrayList<>(TEMPLATES.size() + 1);
    for (int t = 0; t < TEMPLATES.size(); t++) {
      double cos = dot(h, embedder.apply(TEMPLATES.get(t).replace("%s", claim)));
      out.add(new HeadlineFeature("rephrase:" + t, SCALE * (cos - plain)));
      if (cos > bestCos) {
        bestCos = cos;
        best = t;
      }
    }
    out.add(new HeadlineFeature("rephrase:best=" + best, 1));
    return out;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
