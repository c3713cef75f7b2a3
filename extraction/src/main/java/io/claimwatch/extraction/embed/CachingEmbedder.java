package io.claimwatch.extraction.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import io.claimwatch.extraction.lru.LruMap;

/**
 * A bounded least-recently-used cache in front of another embedder, keyed by the normalized text (case and runs of
 * white space folded): echoes of one report repeat the same sentences, so most of a busy story's mentions are
 * cache hits. Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final SentenceEmbedder delegate;
  private final Map<String, float[]> cache;

  public CachingEmbedder(SentenceEmbedder delegate, int capacity) {
    this.delegate = delegate;
    this.cache = new LruMap<>(capacity);
  }

  /** The cache key of a text. */
  public static String normalize(String text) {
    String s = text.strip();
    return (singleSpaced(s) ? s : WHITESPACE.matcher(s).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  /** Whether every run of {@code \s} in {@code s} is one space already (then the regex would change nothing). */
  private static boolean singleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> missingAt = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        float[] hit = cache.get(normalize(texts.get(i)));
        if (hit != null) {
          out[i] = hit;
        } else {
          missing.add(texts.get(i));
          missingAt.add(i);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> computed = delegate.embedAll(missing);
      synchronized (cache) {
        for (int k = 0; k < missing.size(); k++) {
          out[missingAt.get(k)] = computed.get(k);
          cache.put(normalize(missing.get(k)), computed.get(k));
        }
      }
    }
    return List.of(out);
  }
}
