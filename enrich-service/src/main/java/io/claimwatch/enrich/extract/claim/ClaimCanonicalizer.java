package io.claimwatch.enrich.extract.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns one claim text into its {@link CanonicalClaim}: attribution framing and hedges are dropped, predicate
 * words are replaced by their event class, and the id is a hash of the predicate class plus the most salient
 * (rarest by the offline IDF table) remaining stems. Because the id depends on that one text and static
 * resources only, it is the same on every instance and for any arrival order. Thread-safe and reusable.
 */
public final class ClaimCanonicalizer {

  private final ClaimLexicon lexicon;
  private final TermRarity rarity;
  private final int idTerms;

  public ClaimCanonicalizer(ClaimLexicon lexicon, TermRarity rarity, int idTerms) {
    this.lexicon = lexicon;
    this.rarity = rarity;
    this.idTerms = idTerms;
  }

  public static ClaimCanonicalizer fromResources() {
    return withRarity(ClaimLexicon.fromResources(), TermRarity.fromResource());
  }

  /** The production settings with another rarity table (cross-validation builds one per fold). */
  public static ClaimCanonicalizer withRarity(ClaimLexicon lexicon, TermRarity rarity) {
    return new ClaimCanonicalizer(lexicon, rarity, 2);
  }

  public CanonicalClaim canonicalize(String claimText) {
    List<StemmedTerms.Term> terms = lexicon.terms().contentTerms(claimText);
    Map<String, StemmedTerms.Term> candidates = new LinkedHashMap<>();
    String predicate = null;
    TreeSet<String> participants = new TreeSet<>();
    boolean titleCase = mostlyCapitalized(terms);
    for (int i = 0; i < terms.size(); i++) {
      StemmedTerms.Term t = terms.get(i);
      if (lexicon.isFraming(t.stem())) {
        continue;
      }
      String cls = lexicon.predicateOf(t.stem());
      if (cls != null) {
        if (predicate == null) {
          predicate = cls;
        }
        continue;
      }
      if (!titleCase && t.capitalized() && t.start() > 0) {
        participants.add(t.stem());
      }
      candidates.putIfAbsent(t.stem(), t);
    }
    List<String> ranked = new ArrayList<>(candidates.keySet());
    ranked.sort(Comparator.comparingDouble((String s) -> -rarity.idf(s)).thenComparing(Comparator.naturalOrder()));
    List<String> keyTerms = ranked.subList(0, Math.min(idTerms, ranked.size()));
    String canonical = (predicate == null ? "-" : predicate) + " " + String.join("|", new TreeSet<>(keyTerms));
    return new CanonicalClaim(hash(canonical), canonical, List.copyOf(participants), predicate, keyTerms);
  }

  private static boolean mostlyCapitalized(List<StemmedTerms.Term> terms) {
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
