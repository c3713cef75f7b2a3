package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.text.TextMemo;
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
 * hashes the top-ranked stem, or, for an event between named participants ("Trump and Putin spoke by phone"),
 * the event class with the participants' heads, so that distinct events between the same people differ. It depends only on this one text and
 * static resources, so it is the same on every instance and for any arrival order. Thread-safe and reusable.
 */
public final class ClaimCanonicalizer {

  /**
   * How many top-ranked stems form the id; from how many named participants an interaction text (predicate
   * class marked {@code *}, e.g. communicate) gets the id interaction + participants instead (from one when the
   * text embeds another event: "Ukraine was informed of the call"); and how strongly a stem used by many training
   * claims is demoted (score minus {@code penalty * ln(1 + claims using it)}). Values chosen by grouped
   * cross-validation on Emergent headlines; see docs/enrich-claims.md.
   */
  public record Settings(int idTerms, int participantsForEventId, double claimFrequencyPenalty) {
    public static Settings production() {
      return new Settings(1, 2, 0.3);
    }
  }

  private final ClaimLexicon lexicon;
  private final TermRarity rarity;
  private final TermSalience salience;
  private final Settings settings;
  private final ParticipantFinder participantFinder;
  private static final TextMemo.Stage<Double> SALIENCE = new TextMemo.Stage<>("term salience by stem and surface");

  public ClaimCanonicalizer(ClaimLexicon lexicon, TermRarity rarity, TermSalience salience, Settings settings) {
    this.lexicon = lexicon;
    this.rarity = rarity;
    this.salience = salience;
    this.settings = settings;
    this.participantFinder = new ParticipantFinder(lexicon);
  }

  public static ClaimCanonicalizer fromResources() {
    return new ClaimCanonicalizer(ClaimLexicon.fromResources(), TermRarity.fromResource(),
        TermSalience.fromResource(), Settings.production());
  }

  public CanonicalClaim canonicalize(String claimText) {
    return canonicalize(claimText, new TextMemo());
  }

  /** The same, with each term's salience kept in {@code memo}, the article's (its claim texts share most terms). */
  public CanonicalClaim canonicalize(String claimText, TextMemo memo) {
    List<StemmedTerms.Term> all = lexicon.terms().contentTerms(claimText);
    String predicate = null;
    int predicateAt = -1;
    for (int i = 0; i < all.size(); i++) {
      String stem = all.get(i).stem();
      String cls = lexicon.isFraming(stem) ? null : lexicon.predicateOf(stem);
      if (cls != null && (predicate == null || lexicon.isInteraction(cls) && !lexicon.isInteraction(predicate))) {
        predicate = cls;
        predicateAt = i;
      }
    }
    int embedded = embeddedEventStart(claimText, all, predicate, predicateAt);
    List<StemmedTerms.Term> candidates = candidateTerms(all);
    boolean titleCase = titleCase(claimText);
    TreeSet<String> participants = participantFinder.find(claimText, candidates, titleCase, embedded);
    Map<String, Double> best = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      StemmedTerms.Term t = candidates.get(i);
      double s = memo.get(SALIENCE, t.stem() + '\u0000' + t.surface(), k -> score(t));
      best.merge(t.stem(), s, Math::max);
    }
    List<String> ranked = new ArrayList<>(best.keySet());
    ranked.sort(Comparator.comparingDouble((String s) -> -best.get(s)).thenComparing(Comparator.naturalOrder()));
    List<String> keyTerms = ranked.subList(0, Math.min(settings.idTerms(), ranked.size()));
    boolean event = predicate != null && lexicon.isInteraction(predicate) && !participants.isEmpty()
        && (participants.size() >= settings.participantsForEventId() || embedded < claimText.length());
    String id = event ? predicate + "(" + String.join(",", participants) + ")"
        : "- " + String.join("|", new TreeSet<>(keyTerms));
    String canonical = (predicate == null ? "-" : predicate) + "(" + String.join(",", participants) + ") "
        + String.join("|", ranked.subList(0, Math.min(5, ranked.size())));
    return new CanonicalClaim(hash(id), canonical, List.copyOf(participants), predicate, keyTerms);
  }

  /** A term's salience less its claim-frequency penalty: a function of its stem and surface only. */
  private double score(StemmedTerms.Term t) {
    int cf = rarity.documentFrequency(t.stem());
    return salience.score(TermSalience.features(t, cf)) - settings.claimFrequencyPenalty() * Math.log1p(cf);
  }

  /**
   * Where an event embedded in an interaction claim starts ("Ukraine was told of [the leaders' phone call]"):
   * the first later word of another interaction class, or the possessive name right before it. Participants of
   * the embedded event are not participants of the claim. The text length when there is none.
   */
  private int embeddedEventStart(String text, List<StemmedTerms.Term> all, String predicate, int predicateAt) {
    if (predicate == null || !lexicon.isInteraction(predicate)) {
      return text.length();
    }
    for (int i = predicateAt + 1; i < all.size(); i++) {
      String cls = lexicon.predicateOf(all.get(i).stem());
      if (cls != null && !cls.equals(predicate) && lexicon.isInteraction(cls)) {
        StemmedTerms.Term before = all.get(i - 1);
        String surface = before.surface();
        boolean possessive = i - 1 > predicateAt && (surface.endsWith("'s") || surface.endsWith("\u2019s")
            || before.end() < text.length() && "'\u2019".indexOf(text.charAt(before.end())) >= 0);
        return possessive ? before.start() : all.get(i).start();
      }
    }
    return text.length();
  }

  /**
   * Content terms that can identify a claim: stop words, framing/hedge words and predicate words removed;
   * numbers reduced to their digits ("72M", "72million", "72" all become {@code 72}; "4,999" becomes 4999).
   */
  public List<StemmedTerms.Term> candidateTerms(String text) {
    return candidateTerms(lexicon.terms().contentTerms(text));
  }

  private List<StemmedTerms.Term> candidateTerms(List<StemmedTerms.Term> contentTerms) {
    List<StemmedTerms.Term> out = new ArrayList<>();
    for (StemmedTerms.Term t : contentTerms) {
      if (!lexicon.isFraming(t.stem()) && lexicon.predicateOf(t.stem()) == null) {
        out.add(Character.isDigit(t.stem().charAt(0)) ? numberTerm(t) : t);
      }
    }
    return out;
  }

  private static StemmedTerms.Term numberTerm(StemmedTerms.Term t) {
    StringBuilder digits = new StringBuilder();
    for (char c : t.stem().toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c != ',') {
        break;
      }
    }
    return new StemmedTerms.Term(digits.toString(), t.surface(), t.start(), t.end());
  }

  /**
   * Whether the text is in title case or all caps, where capitalization says nothing about names: at least
   * 80% of its words of four or more letters are capitalized (function words included, which sentence case
   * leaves in lower case).
   */
  public boolean titleCase(String text) {
    int words = 0;
    int caps = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (i - start >= 4) {
        words++;
        caps += Character.isUpperCase(text.charAt(start)) ? 1 : 0;
      }
    }
    return words >= 2 && caps * 10 >= words * 8;
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
