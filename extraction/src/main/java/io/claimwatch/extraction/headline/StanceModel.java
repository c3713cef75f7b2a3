package io.claimwatch.extraction.headline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multinomial logistic-regression weights over {@link HeadlineFeatures}: one weight per (feature, stance).
 * Stored as {@code headline/stance-model.tsv} ({@code feature<TAB>w_for<TAB>w_against<TAB>w_observing}),
 * written by {@link HeadlineStanceTrainer}, with a line {@code @encoder<TAB>ID} naming the sentence encoder
 * ({@link io.claimwatch.extraction.embed.EmbeddingModel#id()}) whose vectors the embedding features were computed
 * with and {@code @word-encoder<TAB>ID} the soft lexicon's (the same when absent; a file with embedding weights but
 * no encoder line predates them and was trained with all-MiniLM-L6-v2).
 * Immutable after loading.
 */
public final class StanceModel {

  static final String RESOURCE = "headline/stance-model.tsv";
  static final String ENCODER_LINE = "@encoder";
  static final String WORD_ENCODER_LINE = "@word-encoder";
  private static final int CLASSES = HeadlineStance.values().length;

  private final Map<String, double[]> weights;
  private final String encoder;
  private final String wordEncoder;

  /** Weights of features without a recorded encoder (words only, or embeddings of an unnamed embedder). */
  public StanceModel(Map<String, double[]> weights) {
    this(weights, null, null);
  }

  /**
   * {@code encoder}: the id of the sentence encoder the embedding features were computed with, or null;
   * {@code wordEncoder}: the soft lexicon's (null: the same).
   */
  public StanceModel(Map<String, double[]> weights, String encoder, String wordEncoder) {
    this.weights = Map.copyOf(weights);
    this.encoder = encoder;
    this.wordEncoder = wordEncoder == null || wordEncoder.equals(encoder) ? null : wordEncoder;
  }

  static StanceModel fromResource() {
    InputStream in = StanceModel.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + RESOURCE + " (run HeadlineStanceTrainer)");
    }
    return read(in);
  }

  /** Reads a model file (closes {@code in}). */
  static StanceModel read(InputStream in) {
    Map<String, double[]> w = new HashMap<>();
    String encoder = null;
    String wordEncoder = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t");
        if (p[0].equals(ENCODER_LINE) || p[0].equals(WORD_ENCODER_LINE)) {
          if (p.length != 2) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
          if (p[0].equals(ENCODER_LINE)) encoder = p[1];
          else wordEncoder = p[1];
          continue;
        }
        if (p.length != CLASSES + 1) {
          throw new IllegalStateException(RESOURCE + ": bad line: " + line);
        }
        double[] v = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
          v[c] = Double.parseDouble(p[c + 1]);
        }
        w.put(p[0], v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    StanceModel m = new StanceModel(w, encoder, wordEncoder);
    // files written before the encoder line were all trained with all-MiniLM-L6-v2
    return encoder == null && m.usesEmbeddings()
        ? new StanceModel(w, io.claimwatch.extraction.embed.EmbeddingModel.MINILM.id(), null) : m;
  }

  /** The id of the sentence encoder the embedding features were trained with; null when none is recorded. */
  public String encoder() {
    return encoder;
  }

  /** The id of the soft lexicon's word encoder (the same as {@link #encoder()} unless recorded). */
  public String wordEncoder() {
    return wordEncoder == null ? encoder : wordEncoder;
  }

  /** Class probabilities in {@link HeadlineStance} order for weighted features. */
  double[] probabilitiesOf(List<HeadlineFeature> features) {
    double[] score = new double[CLASSES];
    for (HeadlineFeature f : features) {
      double[] w = weights.get(f.name());
      if (w != null) {
        for (int c = 0; c < CLASSES; c++) {
          score[c] += w[c] * f.value();
        }
      }
    }
    return softmax(score);
  }

  /** Whether the model was trained with embedding features (it has a weight for the cosine). */
  boolean usesEmbeddings() {
    return weights.containsKey("cos");
  }

  /** Class probabilities in {@link HeadlineStance} order. */
  double[] probabilities(List<String> features) {
    double[] score = new double[CLASSES];
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        for (int c = 0; c < CLASSES; c++) {
          score[c] += w[c];
        }
      }
    }
    return softmax(score);
  }

  public static double[] softmax(double[] score) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] p = new double[score.length];
    for (int c = 0; c < score.length; c++) {
      p[c] = Math.exp(score[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < score.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# headline stance logistic regression: feature\tfor\tagainst\tobserving (derived weights)\n");
      if (encoder != null) w.write(ENCODER_LINE + "\t" + encoder + "\n");
      if (wordEncoder != null) w.write(WORD_ENCODER_LINE + "\t" + wordEncoder + "\n");
      for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
        double[] v = e.getValue();
        if (Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]) < 1e-4) {
          continue;
        }
        w.write(e.getKey());
        for (double x : v) {
          w.write(String.format(java.util.Locale.ROOT, "\t%.5f", x));
        }
        w.write("\n");
      }
    }
  }
}
