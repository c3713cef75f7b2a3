package io.claimwatch.extraction.headline;

import io.claimwatch.extraction.claim.StemmedTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The stance lexicon matched by meaning instead of by stem: each headline word that is not a claim word is embedded
 * alone, and for each lexicon category the best cosine of any such word with the category's entries becomes a
 * bucket feature ({@code soft:refute:3} for 0.8–0.95; buckets below 0.6, 0.7, 0.8, 0.95 and above); a word within
 * {@value #NEAREST_MIN} of an entry also names that entry ({@code softw:hoax}). A headline saying "rebuffs" or
 * "spoofed" then shares weight with "denies" and "hoax" although the training headlines of other claims never used
 * it, where stem features stay empty. Claim words are skipped: they say what the claim is, not how the headline
 * stands on it. Word vectors come from the stance embedder (cached); the entries' vectors are computed once here.
 */
final class SoftLexicon {
  static final double NEAREST_MIN = 0.8;
  private static final int MIN_WORD = 3;

  private final Function<String, float[]> embedder;
  private final Map<String, List<float[]>> vectorsByCategory = new LinkedHashMap<>();
  private final List<String> entries = new ArrayList<>();
  private final List<float[]> entryVectors = new ArrayList<>();

  /** {@code wordsByCategory}: lexicon entries as written, {@code _} joining the words of a phrase. */
  SoftLexicon(Map<String, List<String>> wordsByCategory, Function<String, float[]> embedder) {
    this.embedder = embedder;
    wordsByCategory.forEach((category, words) -> {
      List<float[]> vectors = new ArrayList<>(words.size());
      for (String w : words) {
        float[] v = embedder.apply(w.replace('_', ' '));
        vectors.add(v);
        entries.add(w);
        entryVectors.add(v);
      }
      vectorsByCategory.put(category, vectors);
    });
  }

  /** The features of the headline's terms, skipping those whose stem is in {@code claimStems}. */
  List<HeadlineFeature> features(List<StemmedTerms.Term> headline, Set<String> claimStems) {
    Map<String, Double> best = new LinkedHashMap<>();
    Set<String> nearest = new LinkedHashSet<>();
    for (StemmedTerms.Term t : headline) {
      String word = t.surface().toLowerCase(Locale.ROOT);
      if (word.length() < MIN_WORD || claimStems.contains(t.stem())) {
        continue;
      }
      float[] v = embedder.apply(word);
      vectorsByCategory.forEach((category, vectors) -> {
        double m = best.getOrDefault(category, 0.0);
        for (float[] e : vectors) {
          m = Math.max(m, ClaimRephrasings.dot(v, e));
        }
        best.put(category, m);
      });
      int closest = -1;
      double closestCos = NEAREST_MIN;
      for (int i = 0; i < entries.size(); i++) {
        double cos = ClaimRephrasings.dot(v, entryVectors.get(i));
        if (cos > closestCos) {
          closestCos = cos;
          closest = i;
        }
      }
      if (closest >= 0) {
        nearest.add(entries.get(closest));
      }
    }
    List<HeadlineFeature> out = new ArrayList<>(best.size() + nearest.size());
    best.forEach((category, cos) -> out.add(new HeadlineFeature("soft:" + category + ":" + bucket(cos), 1)));
    nearest.forEach(entry -> out.add(new HeadlineFeature("softw:" + entry, 1)));
    return out;
  }

  private static int bucket(double cos) {
    return cos < 0.6 ? 0 : cos < 0.7 ? 1 : cos < 0.8 ? 2 : cos < 0.95 ? 3 : 4;
  }
}
