package io.claimwatch.extraction.headline;

import io.claimwatch.extraction.claim.StemmedTerms;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Binary features of a (claim, headline) pair for the stance model: headline stem unigrams (stop words kept, since
 * "not", "is" and "may" carry stance; bigrams were measured and dropped, they memorize claims), lexicon categories
 * (hedge, refute, negation, question, confirm) from {@code headline/lexicon.txt}, how much of the claim's content
 * the headline repeats, each lexicon category crossed with that overlap (a refutation word means more in a
 * headline about the claim), and each category's presence in the headline against the claim
 * ({@code asym:negation:headline} when only the headline negates, {@code :claim} when only the claim does,
 * {@code :both}).
 *
 * <p>With a sentence embedder ({@link #withEmbeddings}), {@link #weighted} adds real-valued features: the cosine of
 * the claim and headline vectors ({@code cos}), its bucket, the bucket crossed with each lexicon category (a
 * refutation word in a headline that means the same as the claim is a denial; in one about something else it is
 * not), the headline-minus-claim vector ({@code ed:i}, what the headline says beyond the claim, scaled to
 * {@value #DIFFERENCE_SCALE} of unit-size components), the same difference for the claim and headline embedded
 * together ({@link JointEmbedding}), the {@link ClaimRephrasings} and the {@link SoftLexicon} features. The claim and headline vectors themselves and their element-wise product were measured as features too and lowered held-out accuracy (they let the model memorize
 * claims; see docs/enrich-claims.md), so they are not used.
 */
public final class HeadlineFeatures {
  static final double DIFFERENCE_SCALE = 0.1;

  private final StemmedTerms terms;
  private final Map<String, String> categoryByStem;
  private final Map<String, String> categoryByPhrase;
  private final Map<String, List<String>> wordsByCategory;
  private final Function<String, float[]> embedder;
  private final String encoder;
  private final String wordEncoder;
  private final SoftLexicon softLexicon;

  /** {@code wordsByCategory}: the lexicon as written (for {@link SoftLexicon}); the maps: its stems and phrases. */
  HeadlineFeatures(StemmedTerms terms, Map<String, String> categoryByStem, Map<String, String> categoryByPhrase,
      Map<String, List<String>> wordsByCategory) {
    this(terms, categoryByStem, categoryByPhrase, wordsByCategory, null, null, null, null);
  }

  private HeadlineFeatures(StemmedTerms terms, Map<String, String> categoryByStem, Map<String, String> categoryByPhrase,
      Map<String, List<String>> wordsByCategory, Function<String, float[]> embedder, String encoder,
      Function<String, float[]> wordEmbedder, String wordEncoder) {
    this.terms = terms;
    this.categoryByStem = Map.copyOf(categoryByStem);
    this.categoryByPhrase = Map.copyOf(categoryByPhrase);
    this.wordsByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(wordsByCategory));
    this.embedder = embedder;
    this.encoder = encoder;
    this.wordEncoder = wordEncoder;
    this.softLexicon = embedder == null ? null
        : new SoftLexicon(wordsByCategory, wordEmbedder == null ? embedder : wordEmbedder);
  }

  /**
   * The same features plus the embedding features of {@code embedder} (unit-length sentence vectors), an unnamed
   * encoder ({@link #encoder()} null: a model trained with it records none, and nothing is checked).
   */
  public HeadlineFeatures withEmbeddings(Function<String, float[]> embedder) {
    return new HeadlineFeatures(terms, categoryByStem, categoryByPhrase, wordsByCategory, embedder, null, null, null);
  }

  /** The same with a named encoder: {@link #encoder()} is its {@link SentenceEmbedder#modelId()}. */
  public HeadlineFeatures withEmbeddings(SentenceEmbedder embedder) {
    return withEmbeddings(embedder, embedder);
  }

  /**
   * The same with the sentence features (cosines, differences, joint embedding, rephrasings) from {@code sentences}
   * and the {@link SoftLexicon}'s single-word vectors from {@code words} (a sentence encoder need not be the best
   * at one word alone).
   */
  public HeadlineFeatures withEmbeddings(SentenceEmbedder sentences, SentenceEmbedder words) {
    return new HeadlineFeatures(terms, categoryByStem, categoryByPhrase, wordsByCategory, sentences::embed,
        sentences.modelId(), words::embed, words.modelId());
  }

  /** Whether {@link #weighted} includes embedding features. */
  public boolean usesEmbeddings() {
    return embedder != null;
  }

  /** The id of the sentence encoder of the embedding features; null without embeddings or for an unnamed one. */
  public String encoder() {
    return encoder;
  }

  /** The id of the encoder of the soft lexicon's single words (the same as {@link #encoder()} unless given). */
  public String wordEncoder() {
    return wordEncoder == null ? encoder : wordEncoder;
  }

  /** All features with their values: the binary ones of {@link #extract} (value 1) and, if any, the embedding ones. */
  public List<HeadlineFeature> weighted(String claim, String headline) {
    List<String> binary = extract(claim, headline);
    List<HeadlineFeature> out = new ArrayList<>(binary.size() + (embedder == null ? 0 : 1600));
    for (String b : binary) out.add(new HeadlineFeature(b, 1));
    if (embedder == null || claim.isBlank() || headline.isBlank()) return out; // nothing to embed: words only
    float[] c = embedder.apply(claim);
    float[] h = embedder.apply(headline);
    double cos = 0;
    for (int i = 0; i < c.length; i++) cos += c[i] * h[i];
    out.add(new HeadlineFeature("cos", cos));
    String bucket = cos < 0.3 ? "low" : cos < 0.5 ? "mid" : cos < 0.7 ? "high" : "same";
    out.add(new HeadlineFeature("cos:" + bucket, 1));
    for (String b : binary) {
      if (b.startsWith("lex:") && b.indexOf('&') < 0) out.add(new HeadlineFeature(b + "&cos:" + bucket, 1));
    }
    double scale = DIFFERENCE_SCALE * Math.sqrt(c.length);
    out.addAll(VectorDifference.features("ed:", h, c, scale));
    out.addAll(JointEmbedding.features(claim, headline, c, scale, embedder));
    out.addAll(ClaimRephrasings.features(claim, c, h, embedder));
    Set<String> claimStems = new HashSet<>();
    for (StemmedTerms.Term t : terms.allTerms(claim)) claimStems.add(t.stem());
    out.addAll(softLexicon.features(terms.allTerms(headline), claimStems));
    return out;
  }

  public List<String> extract(String claim, String headline) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    List<StemmedTerms.Term> all = terms.allTerms(headline);
    List<String> stems = new ArrayList<>(all.size());
    for (StemmedTerms.Term t : all) {
      stems.add(t.stem());
    }
    for (String s : stems) {
      f.add("w:" + s);
    }
    Set<String> headlineCategories = categories(stems);
    for (String category : headlineCategories) {
      f.add("lex:" + category);
    }
    if (headline.indexOf('?') >= 0) {
      f.add("question");
    }
    if (headline.trim().endsWith("?")) {
      f.add("ends-question");
    }
    String overlap = overlapBucket(claim, stems);
    f.add("overlap:" + overlap);
    List<String> categories = f.stream().filter(x -> x.startsWith("lex:")).toList();
    for (String category : categories) {
      f.add(category + "&overlap:" + overlap);
    }
    if (categories.isEmpty()) {
      f.add("nolex&overlap:" + overlap);
    }
    Set<String> claimCategories = categories(terms.allTerms(claim).stream().map(StemmedTerms.Term::stem).toList());
    for (String category : headlineCategories) {
      f.add("asym:" + category + (claimCategories.contains(category) ? ":both" : ":headline"));
    }
    for (String category : claimCategories) {
      if (!headlineCategories.contains(category)) f.add("asym:" + category + ":claim");
    }
    return List.copyOf(f);
  }

  /** The lexicon categories of a stem sequence: single stems and consecutive-stem phrases. */
  private Set<String> categories(List<String> stems) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : stems) {
      String cat = categoryByStem.get(s);
      if (cat != null) {
        out.add(cat);
      }
    }
    String joined = " " + String.join(" ", stems) + " ";
    for (Map.Entry<String, String> p : categoryByPhrase.entrySet()) {
      if (joined.contains(" " + p.getKey() + " ")) {
        out.add(p.getValue());
      }
    }
    return out;
  }

  private String overlapBucket(String claim, List<String> headlineStems) {
    Set<String> claimStems = new HashSet<>();
    for (StemmedTerms.Term t : terms.allTerms(claim)) {
      if (t.stem().length() > 2) {
        claimStems.add(t.stem());
      }
    }
    if (claimStems.isEmpty()) {
      return "none";
    }
    long shared = claimStems.stream().filter(new HashSet<>(headlineStems)::contains).count();
    double ratio = (double) shared / claimStems.size();
    return ratio < 0.2 ? "low" : ratio < 0.5 ? "mid" : "high";
  }
}
