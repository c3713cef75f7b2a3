package io.claimwatch.extraction.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into an L2-normalized vector whose cosine with another sentence's vector measures how close
 * their meanings are. Implementations are thread-safe.
 */
public interface SentenceEmbedder {

  /** A stable id of the model (vectors of different models are never compared). */
  String modelId();

  /** Length of every vector this embedder returns. */
  int dimension();

  /** The unit-length embedding of {@code text}. */
  float[] embed(String text);

  /** The embeddings of {@code texts}, in order; implementations may batch. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(embed(t));
    }
    return out;
  }
}
