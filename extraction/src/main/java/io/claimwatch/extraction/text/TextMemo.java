package io.claimwatch.extraction.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of pure text functions within one analysis: the analysis run makes one per article and passes it down to
 * the stateless stages, so that a wording the article repeats (a denied claim, echoed by several sources) is worked
 * on once. Each {@link Stage} keeps its own results; only results that callers do not modify may be kept. Not
 * thread-safe and never shared between articles.
 */
public final class TextMemo {
  /** One memoized function of a text, named for debugging; compared by identity. */
  public static final class Stage<V> {
    private final String name;

    public Stage(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final Map<Stage<?>, Map<String, Object>> results = new HashMap<>();

  /** {@code compute.apply(text)}, computed on the first call for this stage and text of this memo (null kept too). */
  @SuppressWarnings("unchecked")
  public <V> V get(Stage<V> stage, String text, Function<String, V> compute) {
    Map<String, Object> byText = results.computeIfAbsent(stage, s -> new HashMap<>());
    if (byText.containsKey(text)) return (V) byText.get(text);
    V value = compute.apply(text); // may use this memo itself, so not inside computeIfAbsent
    byText.put(text, value);
    return value;
  }
}
