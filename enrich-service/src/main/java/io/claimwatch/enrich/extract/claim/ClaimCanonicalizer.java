package io.claimwatch.enrich.extract.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns one claim text into its {@link CanonicalClaim}. Attribution framing and hedges ("reportedly", "says",
 * "report:") are dropped, predicate words become their event class, and the remaining stems are ranked by
 * {@link TermSalience} — the learned likelihood that other wordings of the same claim share the term. The id
 * hashes the top-ranked stems (and, if configured, the predicate class). It depends only on this one text and
 * static resources, so it is the same on every instance and for any arrival order. Thread-safe and reusable.
 */
public final class ClaimCanonicalizer {

  /**
   * How many top-ranked stems form the id, whether the predicate class is part of it, and how strongly a stem
   * used by many training claims is demoted (score minus {@code penalty * ln(1 + claims using it)}). Production
   * values were chosen by grouped cross-validation: one stem, no predicate (headlines of one claim vary their
   * verb more than their topic word), penalty 0.8.
   */
  public record Settings(int idTerms, boolean predicateInId, double claimFrequencyPenalty) {
    public static Settings production() {
      return new Settings(1, false, 0.8);
    }
  }

  private final ClaimLexicon lexicon;
  private final TermRarity rarity;
  private final TermSalience salience;
  private final Settings settings;

  public ClaimCanonicalizer(ClaimLexicon lexicon, TermRarity rarity, TermSalience salience, Settings settings) {
    this.lexicon = lexicon;
    this.rarity = rarity;
    this.salience = salience;
    this.settings = settings;
  }

  public static ClaimCanonicalizer fromResources() {
    return new ClaimCanonicalizer(ClaimLexicon.fromResources(), TermRarity.fromResource(),
        TermSalience.fromResource(), Settings.production());
  }

  public CanonicalClaim canonicalize(String claimText) {
    List<StemmedTerms.Term> all = lexicon.terms().contentTerms(claimText);
    String predicate = null;
    for (StemmedTerms.Term t : all) {
      String cls = lexicon.isFraming(t.stem()) ? null : lexicon.predicateOf(t.stem());
      if (cls != null) {
        predicate = cls;
        break;
      }
    }
    List<StemmedTerms.Term> candidates = candidateTerms(claimText);
    boolean titleCase = mostlyCapitalized(all);
    TreeSet<String> participants = new TreeSet<>();
    Map<String, Double> best = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      StemmedTerms.Term t = candidates.get(i);
      if (!titleCase && t.capitalized() && t.start() > 0) {
        participants.add(t.stem());
      }
      int cf = rarity.documentFrequency(t.stem());
      double s = salience.score(TermSalience.features(candidates, i, cf, titleCase))
          - settings.claimFrequencyPenalty() * Math.log1p(cf);
      best.merge(t.stem(), s, Math::max);
    }
    List<String> ranked = new ArrayList<>(best.keySet());
    ranked.sort(Comparator.comparingDouble((String s) -> -best.get(s)).thenComparing(Comparator.naturalOrder()));
    List<String> keyTerms = ranked.subList(0, Math.min(settings.idTerms(), ranked.size()));
    String id = (settings.predicateInId() && predicate != null ? predicate : "-") + " "
        + String.join("|", new TreeSet<>(keyTerms));
    String canonical = (predicate == null ? "-" : predicate) + "(" + String.join(",", participants) + ") "
        + String.join("|", ranked.subList(0, Math.min(5, ranked.size())));
    return new CanonicalClaim(hash(id), canonical, List.copyOf(participants), predicate, keyTerms);
  }

  /** Content terms that can identify a claim: stop words, framing/hedge words and predicate words removed. */
  List<StemmedTerms.Term> candidateTerms(String text) {
    List<StemmedTerms.Term> out = new ArrayList<>();
    for (StemmedTerms.Term t : lexicon.terms().contentTerms(text)) {
      if (!lexicon.isFraming(t.stem()) && lexicon.predicateOf(t.stem()) == null) {
        out.add(t);
      }
    }
    return out;
  }

  static boolean mostlyCapitalized(List<StemmedTerms.Term> terms) {
    long caps = terms.stream().filter(StemmedTerms.Term::capitalized).count();
    return terms.size() >= 3 && caps * 10 >= terms.size() * 6L;
  }

  static String hash(String canonical) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
