package io.claimwatch.extraction.headline;

import io.claimwatch.extraction.claim.StemmedTerms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binary features of a (claim, headline) pair for the stance model: headline stem unigrams and bigrams (stop
 * words kept, since "not", "is" and "may" carry stance), lexicon categories (hedge, refute, negation, question,
 * confirm) from {@code headline/lexicon.txt}, how much of the claim's content the headline repeats, and each
 * lexicon category crossed with that overlap (a refutation word means more in a headline about the claim).
 */
public final class HeadlineFeatures {

  private final StemmedTerms terms;
  private final Map<String, String> categoryByStem;
  private final Map<String, String> categoryByPhrase;

  HeadlineFeatures(StemmedTerms terms, Map<String, String> categoryByStem, Map<String, String> categoryByPhrase) {
    this.terms = terms;
    this.categoryByStem = Map.copyOf(categoryByStem);
    this.categoryByPhrase = Map.copyOf(categoryByPhrase);
  }

  public List<String> extract(String claim, String headline) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    List<StemmedTerms.Term> all = terms.allTerms(headline);
    List<String> stems = new ArrayList<>(all.size());
    for (StemmedTerms.Term t : all) {
      stems.add(t.stem());
    }
    String prev = "<s>";
    for (String s : stems) {
      f.add("w:" + s);
      f.add("b:" + prev + "_" + s);
      String cat = categoryByStem.get(s);
      if (cat != null) {
        f.add("lex:" + cat);
      }
      prev = s;
    }
    String joined = " " + String.join(" ", stems) + " ";
    for (Map.Entry<String, String> p : categoryByPhrase.entrySet()) {
      if (joined.contains(" " + p.getKey() + " ")) {
        f.add("lex:" + p.getValue());
      }
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
    return List.copyOf(f);
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
