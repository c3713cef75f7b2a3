package io.claimwatch.extraction.headline;

import io.claimwatch.extraction.claim.ResourceLines;
import io.claimwatch.extraction.claim.StemmedTerms;
import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.EmbeddingModel;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Decides whether an article headline is FOR, AGAINST or only OBSERVING a claim (Emergent's labels) with a
 * logistic-regression model trained offline on Emergent training headlines ({@code HeadlineStanceTrainer}), over
 * word and lexicon features and, in the bundled model, sentence-embedding features ({@link HeadlineFeatures}).
 * Thread-safe and reusable.
 */
public final class HeadlineStanceClassifier {
  /** The sentence encoder the trainer uses by default (the bundled model's). */
  public static final EmbeddingModel STANCE_ENCODER = EmbeddingModel.E5_SMALL;
  /** The soft lexicon's single-word encoder the trainer uses by default (the bundled model's). */
  public static final EmbeddingModel STANCE_WORD_ENCODER = EmbeddingModel.MINILM;
  /** Claims, their rephrasings, headlines, claim-and-headline pairs and single headline words (about 25 MB when full). */
  private static final int EMBEDDING_CACHE = 16_384;

  private final HeadlineFeatures features;
  private final StanceModel model;

  /**
   * Refuses a model trained with embedding features when the features have no embedder, or embed with another
   * encoder than the one the model records (its vectors would not be the ones the weights were fitted to).
   */
  public HeadlineStanceClassifier(HeadlineFeatures features, StanceModel model) {
    if (model.usesEmbeddings() && !features.usesEmbeddings()) {
      throw new IllegalArgumentException("the stance model was trained with sentence embeddings; give the features an embedder");
    }
    if (model.encoder() != null && features.encoder() != null && !model.encoder().equals(features.encoder())) {
      throw new IllegalArgumentException("the stance model was trained with sentence embeddings of " + model.encoder()
          + " but the features embed with " + features.encoder() + "; give them the " + model.encoder()
          + " embedder or retrain the model with HeadlineStanceTrainer");
    }
    if (model.encoder() != null && features.encoder() != null && !model.wordEncoder().equals(features.wordEncoder())) {
      throw new IllegalArgumentException("the stance model was trained with soft-lexicon word embeddings of "
          + model.wordEncoder() + " but the features embed words with " + features.wordEncoder()
          + "; give them the " + model.wordEncoder() + " embedder or retrain the model with HeadlineStanceTrainer");
    }
    this.features = features;
    this.model = model;
  }

  /**
   * The bundled model; when it was trained with sentence-embedding features, the features embed with the encoders
   * the model file records ({@link #embedderForStance(EmbeddingModel)}).
   */
  public static HeadlineStanceClassifier fromResources() {
    StanceModel model = StanceModel.fromResource();
    HeadlineFeatures features = featuresFromResources();
    if (model.usesEmbeddings()) {
      SentenceEmbedder sentences = embedderForStance(EmbeddingModel.byId(model.encoder()));
      SentenceEmbedder words = model.wordEncoder().equals(model.encoder()) ? sentences
          : embedderForStance(EmbeddingModel.byId(model.wordEncoder()));
      features = features.withEmbeddings(sentences, words);
    }
    return new HeadlineStanceClassifier(features, model);
  }

  /**
   * The embedder the stance model is trained and run with: {@code encoder} on one thread, with a cache (claims and
   * their rephrasings repeat, and so do the single words {@link SoftLexicon} embeds).
   */
  public static SentenceEmbedder embedderForStance(EmbeddingModel encoder) {
    return new CachingEmbedder(new OnnxSentenceEmbedder(encoder, 1), EMBEDDING_CACHE);
  }

  public HeadlineStanceDecision classify(String claim, String headline) {
    double[] p = model.probabilitiesOf(features.weighted(claim == null ? "" : claim, headline));
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return new HeadlineStanceDecision(HeadlineStance.values()[best], p[best]);
  }

  public static HeadlineFeatures featuresFromResources() {
    StemmedTerms terms = new StemmedTerms(CharArraySet.EMPTY_SET);
    Map<String, String> byStem = new HashMap<>();
    Map<String, String> byPhrase = new HashMap<>();
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    for (String line : ResourceLines.read("headline/lexicon.txt")) {
      String[] p = line.split("\t", 2);
      if (p.length != 2) {
        throw new IllegalStateException("headline/lexicon.txt: expected category<TAB>entries: " + line);
      }
      List<String> entries = List.of(p[1].trim().split("\\s+"));
      byCategory.computeIfAbsent(p[0], k -> new ArrayList<>()).addAll(entries);
      for (String e : entries) {
        if (e.contains("_")) {
          byPhrase.putIfAbsent(terms.stem(e.replace('_', ' ')), p[0]);
        } else {
          byStem.putIfAbsent(terms.stem(e), p[0]);
        }
      }
    }
    return new HeadlineFeatures(terms, byStem, byPhrase, byCategory);
  }
}
