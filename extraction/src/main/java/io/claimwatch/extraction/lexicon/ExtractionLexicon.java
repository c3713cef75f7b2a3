package io.claimwatch.extraction.lexicon;

import io.claimwatch.extraction.SourceKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The word lists and weights of the attribution rules, loaded once from {@code /extract/*} resources
 * (cues.tsv, abbreviations.txt, words.properties, roles.tsv, stance.properties). Immutable.
 */
public final class ExtractionLexicon {
  private final Map<String, Cue> cues = new HashMap<>();
  private final Set<String> abbreviations = new HashSet<>();
  private final Map<String, Set<String>> words = new HashMap<>();
  private final Map<String, SourceKind> roleKinds = new HashMap<>();
  private final Set<String> personTitles = new HashSet<>();
  private final Set<String> speakingRoles = new HashSet<>();
  private final Map<String, Double> weights = new HashMap<>();

  private ExtractionLexicon() {}

  public static ExtractionLexicon fromResources() {
    ExtractionLexicon lex = new ExtractionLexicon();
    for (String line : ResourceText.lines("cues.tsv")) {
      String[] f = line.split("\t");
      lex.cues.put(f[0], new Cue(f[0], f[1], Cue.CueClass.valueOf(f[2]), "y".equals(f[3])));
    }
    for (String line : ResourceText.lines("abbreviations.txt")) lex.abbreviations.add(line.strip());
    Properties w = ResourceText.properties("words.properties");
    for (String key : w.stringPropertyNames()) {
      Set<String> set = new HashSet<>();
      String value = w.getProperty(key);
      boolean phrases = value.contains("|");
      for (String s : value.split(phrases ? "\\|" : ",")) {
        if (!s.isBlank()) set.add((phrases ? s : s.strip()).replace('’', '\''));
      }
      lex.words.put(key, Set.copyOf(set));
    }
    for (String line : ResourceText.lines("roles.tsv")) {
      String[] f = line.split("\t");
      lex.roleKinds.put(f[0], SourceKind.valueOf(f[1]));
      if ("y".equals(f[2])) lex.personTitles.add(f[0]);
      if (f.length > 3 && "y".equals(f[3])) lex.speakingRoles.add(f[0]);
    }
    Properties s = ResourceText.properties("stance.properties");
    for (String key : s.stringPropertyNames()) lex.weights.put(key, Double.parseDouble(s.getProperty(key)));
    return lex;
  }

  /** The cue for a lowercase token, or null. */
  public Cue cue(String lower) {
    return cues.get(lower);
  }

  /** Whether a lowercase lemma is a speech verb in the cue list. */
  public boolean isSpeechLemma(String lemma) {
    return cues.values().stream().anyMatch(c -> c.lemma().equals(lemma) && c.speech() && c.cueClass() != Cue.CueClass.ACCORDING);
  }

  public Set<String> abbreviations() {
    return Set.copyOf(abbreviations);
  }

  /** A named word list of words.properties (empty if absent). */
  public Set<String> words(String list) {
    return words.getOrDefault(list, Set.of());
  }

  public boolean in(String list, String lower) {
    return words(list).contains(lower);
  }

  /** What a role word ("spokesman", "newspaper") denotes, or null. */
  public SourceKind roleKind(String lower) {
    return roleKinds.get(lower);
  }

  public boolean isPersonTitle(String lower) {
    return personTitles.contains(lower);
  }

  /** Whether a role word makes its holder speak for the organization named with it ("spokesman", "ceo"). */
  public boolean isSpeakingRole(String lower) {
    return speakingRoles.contains(lower);
  }

  public double weight(String key) {
    Double v = weights.get(key);
    if (v == null) throw new IllegalStateException("stance.properties lacks " + key);
    return v;
  }

  /** Phrases of a list, longest first (for prefix stripping). */
  public List<String> phrasesLongestFirst(String list) {
    return words(list).stream().sorted((a, b) -> b.length() - a.length()).toList();
  }
}
