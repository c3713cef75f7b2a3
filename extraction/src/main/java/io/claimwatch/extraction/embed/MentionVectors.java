package io.claimwatch.extraction.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identity vector of a claim mention: the embedding of its claim text plus {@code contextWeight} times the
 * embedding of the text unit it stands in ({@link MentionContext}: the title line, or its sentence), normalized.
 * The claim text is the proposition as its source asserts it, cut from its sentence, so it can lose what identifies
 * its story (a headline's "Name: the woman denies the hoax" states "the woman denies the hoax"; a denial of a bare
 * noun states the noun); the context gives that back to the resolver while the text shown stays the clause. A context
 * that several mentions of one call stand in (a sentence split into its propositions, "the port closed and the
 * ferry stopped") is no context for any of them: it would pull its propositions into one claim. Call it with the
 * mentions of one article. Texts and contexts of one call are embedded in one batch, each distinct string once. A
 * mention without a context keeps its text's vector. Thread-safe when the embedder is.
 */
public final class MentionVectors {
  /** Default weight of the context vector (Emergent train, grouped claim folds through the analyzer). */
  public static final float DEFAULT_CONTEXT_WEIGHT = 1.5f;

  /** A claim text and the text unit it stands in (null: none). */
  public record Mention(String text, String context) {
  }

  private final SentenceEmbedder embedder;
  private final float contextWeight;

  public MentionVectors(SentenceEmbedder embedder) {
    this(embedder, DEFAULT_CONTEXT_WEIGHT);
  }

  public MentionVectors(SentenceEmbedder embedder, float contextWeight) {
    if (contextWeight < 0 || Float.isNaN(contextWeight)) {
      throw new IllegalArgumentException("context weight must be >= 0: " + contextWeight);
    }
    this.embedder = embedder;
    this.contextWeight = contextWeight;
  }

  /** The embedder the texts go through. */
  public SentenceEmbedder embedder() {
    return embedder;
  }

  /** The unit-length identity vectors of {@code mentions}, in order. */
  public List<float[]> embedAll(List<Mention> mentions) {
    Map<String, Set<String>> textsIn = new HashMap<>();
    for (Mention m : mentions) {
      if (m.context() != null) textsIn.computeIfAbsent(m.context(), k -> new HashSet<>()).add(m.text());
    }
    List<Mention> read = mentions.stream()
        .map(m -> m.context() != null && textsIn.get(m.context()).size() > 1 ? new Mention(m.text(), null) : m).toList();
    Set<String> distinct = new LinkedHashSet<>();
    for (Mention m : read) {
      distinct.add(m.text());
      if (hasContext(m)) distinct.add(m.context());
    }
    List<String> texts = new ArrayList<>(distinct);
    List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
    Map<String, float[]> vectorOf = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) vectorOf.put(texts.get(i), vectors.get(i));
    List<float[]> out = new ArrayList<>(mentions.size());
    for (Mention m : read) {
      float[] text = vectorOf.get(m.text());
      out.add(hasContext(m) ? combined(text, vectorOf.get(m.context())) : text);
    }
    return out;
  }

  private boolean hasContext(Mention m) {
    return contextWeight > 0 && m.context() != null && !m.context().isBlank() && !m.context().equals(m.text());
  }

  private float[] combined(float[] text, float[] context) {
    float[] sum = text.clone();
    for (int i = 0; i < sum.length; i++) sum[i] += contextWeight * context[i];
    return Vectors.normalized(sum);
  }
}
