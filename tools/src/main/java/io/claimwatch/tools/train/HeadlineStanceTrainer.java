package io.claimwatch.tools.train;

import io.claimwatch.extraction.embed.EmbeddingModel;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.headline.*;

import io.claimwatch.tools.eval.EmergentRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the headline stance model: multinomial logistic regression with AdaGrad and L2 regularization over
 * {@link HeadlineFeatures}, examples visited in a seeded shuffle so training is reproducible. Word features
 * ({@code w:}) seen in the headlines of fewer than {@link Settings#minClaims} distinct claims get no weight: such
 * words are mostly a claim's topic, which says nothing about stance on other claims. {@link #main} reads an
 * Emergent CSV and writes {@code stance-model.tsv} (weights only, no headline text).
 */
public final class HeadlineStanceTrainer {

  /** Hyper-parameters, chosen by grouped cross-validation on the training claims. */
  public record Settings(int epochs, double learningRate, double l2, long seed, int minClaims) {
    public static Settings defaults() {
      return new Settings(16, 0.015, 1e-4, 42L, 5);
    }
  }

  private final HeadlineFeatures features;
  private final Settings settings;

  public HeadlineStanceTrainer(Settings settings) {
    this(HeadlineStanceClassifier.featuresFromResources(), settings);
  }

  /** A trainer over the given features (e.g. {@link HeadlineFeatures#withEmbeddings} ones). */
  public HeadlineStanceTrainer(HeadlineFeatures features, Settings settings) {
    this.features = features;
    this.settings = settings;
  }

  /**
   * Usage: {@code HeadlineStanceTrainer TRAIN.csv OUT.tsv [--no-embeddings | --encoder ID [WORD_ID]]}, e.g.
   * {@code ../shared/datasets/emergent/train.csv extraction/src/main/resources/headline/stance-model.tsv};
   * {@code --encoder} names the sentence encoder and the soft lexicon's word encoder ({@link EmbeddingModel#id()},
   * the word encoder the same when not given; defaults {@link HeadlineStanceClassifier#STANCE_ENCODER} and
   * {@link HeadlineStanceClassifier#STANCE_WORD_ENCODER}), which the model file records.
   */
  public static void main(String[] args) throws IOException {
    boolean words = args.length == 3 && args[2].equals("--no-embeddings");
    boolean named = (args.length == 4 || args.length == 5) && args[2].equals("--encoder");
    if (args.length != 2 && !words && !named) {
      System.err.println("usage: HeadlineStanceTrainer TRAIN.csv OUT.tsv [--no-embeddings | --encoder ID [WORD_ID]]");
      System.exit(2);
    }
    EmbeddingModel encoder = named ? EmbeddingModel.byId(args[3]) : HeadlineStanceClassifier.STANCE_ENCODER;
    EmbeddingModel wordEncoder = args.length == 5 ? EmbeddingModel.byId(args[4])
        : named ? encoder : HeadlineStanceClassifier.STANCE_WORD_ENCODER;
    List<LabeledHeadline> examples = new ArrayList<>();
    for (EmergentRow r : EmergentRow.read(Path.of(args[0]))) {
      examples.add(new LabeledHeadline(r.claimHeadline(), r.articleHeadline(), r.stance()));
    }
    HeadlineStanceTrainer trainer = words ? new HeadlineStanceTrainer(Settings.defaults())
        : withEmbeddings(Settings.defaults(), encoder, wordEncoder);
    trainer.trainModel(examples).write(Path.of(args[1]));
    System.out.println("trained on " + examples.size() + " headlines -> " + args[1]);
  }

  /** A trainer whose features include the bundled encoders' embeddings (what the shipped model uses). */
  public static HeadlineStanceTrainer withEmbeddings(Settings settings) {
    return withEmbeddings(settings, HeadlineStanceClassifier.STANCE_ENCODER, HeadlineStanceClassifier.STANCE_WORD_ENCODER);
  }

  /**
   * A trainer whose sentence features come from {@code encoder} and soft-lexicon word vectors from
   * {@code wordEncoder}; its models record both.
   */
  public static HeadlineStanceTrainer withEmbeddings(Settings settings, EmbeddingModel encoder,
      EmbeddingModel wordEncoder) {
    SentenceEmbedder sentences = HeadlineStanceClassifier.embedderForStance(encoder);
    SentenceEmbedder words = wordEncoder == encoder ? sentences : HeadlineStanceClassifier.embedderForStance(wordEncoder);
    return new HeadlineStanceTrainer(HeadlineStanceClassifier.featuresFromResources().withEmbeddings(sentences, words),
        settings);
  }

  /** A classifier trained on the given examples (used for cross-validation without touching resources). */
  public HeadlineStanceClassifier train(List<LabeledHeadline> examples) {
    return new HeadlineStanceClassifier(features, trainModel(examples));
  }

  StanceModel trainModel(List<LabeledHeadline> examples) {
    int classes = HeadlineStance.values().length;
    Map<String, Integer> index = new HashMap<>();
    List<int[]> x = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    int[] y = new int[examples.size()];
    List<List<HeadlineFeature>> all = new ArrayList<>(examples.size());
    for (LabeledHeadline e : examples) {
      all.add(features.weighted(e.claim(), e.headline()));
    }
    Set<String> rareWords = rareWords(examples, all);
    for (int i = 0; i < examples.size(); i++) {
      LabeledHeadline e = examples.get(i);
      List<HeadlineFeature> f = all.get(i).stream().filter(h -> !rareWords.contains(h.name())).toList();
      int[] ids = new int[f.size()];
      double[] v = new double[f.size()];
      for (int j = 0; j < ids.length; j++) {
        ids[j] = index.computeIfAbsent(f.get(j).name(), k -> index.size());
        v[j] = f.get(j).value();
      }
      x.add(ids);
      values.add(v);
      y[i] = e.stance().ordinal();
    }
    double[][] w = new double[index.size()][classes];
    double[][] g2 = new double[index.size()][classes];
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        int[] ids = x.get(i);
        double[] v = values.get(i);
        double[] score = new double[classes];
        for (int j = 0; j < ids.length; j++) {
          for (int c = 0; c < classes; c++) {
            score[c] += w[ids[j]][c] * v[j];
          }
        }
        double[] p = StanceModel.softmax(score);
        for (int j = 0; j < ids.length; j++) {
          int id = ids[j];
          for (int c = 0; c < classes; c++) {
            double grad = (p[c] - (y[i] == c ? 1 : 0)) * v[j] + settings.l2() * w[id][c];
            g2[id][c] += grad * grad;
            w[id][c] -= settings.learningRate() * grad / Math.sqrt(g2[id][c] + 1e-8);
          }
        }
      }
    }
    Map<String, double[]> weights = new HashMap<>();
    index.forEach((name, id) -> weights.put(name, w[id]));
    return new StanceModel(weights, features.encoder(), features.wordEncoder());
  }

  /** Word features whose headlines span fewer than {@code minClaims} distinct claims. */
  private Set<String> rareWords(List<LabeledHeadline> examples, List<List<HeadlineFeature>> all) {
    Map<String, Set<String>> claimsByWord = new HashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      for (HeadlineFeature f : all.get(i)) {
        if (f.name().startsWith("w:")) {
          claimsByWord.computeIfAbsent(f.name(), k -> new HashSet<>()).add(examples.get(i).claim());
        }
      }
    }
    Set<String> rare = new HashSet<>();
    claimsByWord.forEach((word, claims) -> {
      if (claims.size() < settings.minClaims()) rare.add(word);
    });
    return rare;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
