package io.claimwatch.extraction.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A sentence encoder of {@link EmbeddingModel} (int8-quantized ONNX, 384 dimensions) run in-process by ONNX Runtime:
 * all-MiniLM-L6-v2 (mean pooling) by default, the one mentions and claims are embedded with. The model and its
 * tokenizer come from the model's Maven Central artifact ({@link EmbeddingModel#artifact()}); nothing is downloaded
 * at run time.
 *
 * <p>ONNX Runtime's intra-op thread count is set here rather than left to its default (all cores): on a small
 * shared machine one thread per call is faster and leaves the cores to the stream threads. Batches run in the
 * calling thread.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {
  public static final String MODEL_ID = EmbeddingModel.MINILM.id();

  private final EmbeddingModel spec;
  private final Model model;

  /** Loads all-MiniLM-L6-v2; {@code threads} is ONNX Runtime's intra-op thread count (at least 1). */
  public OnnxSentenceEmbedder(int threads) {
    this(EmbeddingModel.MINILM, threads);
  }

  /** Loads {@code spec} (its artifact must be on the class path); {@code threads} as above. */
  public OnnxSentenceEmbedder(EmbeddingModel spec, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("embedding threads must be >= 1, got " + threads);
    }
    this.spec = spec;
    this.model = new Model(load(spec, threads), spec.dimension());
  }

  @Override
  public String modelId() {
    return spec.id();
  }

  @Override
  public int dimension() {
    return spec.dimension();
  }

  @Override
  public float[] embed(String text) {
    return Vectors.normalized(model.embed(TextSegment.from(spec.prefix() + text)).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<Embedding> out = model.embedAll(texts.stream().map(t -> TextSegment.from(spec.prefix() + t)).toList()).content();
    return out.stream().map(e -> Vectors.normalized(e.vector())).toList();
  }

  private static OnnxBertBiEncoder load(EmbeddingModel spec, int threads) {
    try (InputStream modelBytes = resource(spec.modelResource(), spec);
        InputStream tokenizer = resource(spec.tokenizerResource(), spec)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(modelBytes.readAllBytes(), options);
      return new OnnxBertBiEncoder(env, session, tokenizer, spec.pooling());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name, EmbeddingModel spec) {
    InputStream in = OnnxSentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + name + " (dependency " + spec.artifact() + ")");
    }
    return in;
  }

  /** The library's in-process model around our own session, run in the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    Model(OnnxBertBiEncoder encoder, int dimension) {
      super(Runnable::run);
      this.encoder = encoder;
      this.dimension = dimension;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return dimension;
    }
  }
}
