package io.claimwatch.extraction.claim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text that opens with a noun phrase whose head does not agree in number with the verb right after it ("a recent
 * harbor poll think the fees are too high", "dock workers was told to wait", "Port Town have a new mayor") starts
 * inside a phrase: the real subject was cut off before it ("voters in a recent harbor poll think ..."), so the text is
 * a fragment. Only a subject of nominal words at the very start counts (determiners, adjectives, nouns, names,
 * numbers, a possessive "'s", an apposition after a comma: "Ann Lee, a port spokeswoman, says"); a preposition, a
 * conjunction or a pronoun in it, or a verb the number of which is not visible (modals, past forms, participles),
 * leaves the text alone. Nouns that may take a plural verb ("the majority think") and nouns in -s that are singular
 * ("the news is") are no evidence. Word lists: class-path resource {@code claim/agreement.txt}. Immutable.
 */
public final class SubjectAgreement {
  private enum Number { SINGULAR, PLURAL, UNKNOWN }

  private static final Set<String> SINGULAR_AUX = Set.of("is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't");
  private static final Set<String> PLURAL_AUX = Set.of("are", "were", "have", "do", "aren't", "weren't", "haven't", "don't");
  private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
  private static final Set<String> APPOSITION_STARTS = Set.of("a", "an", "the");
  private static final Set<String> COMPOUND_NEXT = Set.of("NOUN", "PROPN", "VERB", "AUX");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "neither", "so", "yet");
  private static final Set<String> PLURAL_QUANTIFIERS = Set.of("many", "several", "few", "both", "most", "all", "some");
  private static final Set<String> SINGULAR_IN_S = Set.of("news", "series", "species", "means", "whereabouts", "headquarters");
  private final Set<String> pastForms;
  private final Set<String> collectives;
  private final Set<String> irregularPlurals;

  private SubjectAgreement(Set<String> pastForms, Set<String> collectives, Set<String> irregularPlurals) {
    this.pastForms = pastForms;
    this.collectives = collectives;
    this.irregularPlurals = irregularPlurals;
  }

  /** The lists of {@code claim/agreement.txt}. */
  public static SubjectAgreement fromResources() {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String line : ResourceLines.read("claim/agreement.txt")) {
      String[] f = line.split("\t", 2);
      lists.put(f[0], Set.copyOf(Arrays.asList(f[1].strip().split("\\s+"))));
    }
    return new SubjectAgreement(lists.get("past"), lists.get("collective"), lists.get("plural"));
  }

  /** Past forms without -ed and verbs whose past is their base form ("said", "put"), lower case. */
  public Set<String> pastForms() {
    return pastForms;
  }

  /** Whether the opening noun phrase of {@code words} (tagged {@code tags}) and its verb disagree in number. */
  public boolean disagrees(String[] words, String[] tags) {
    if (words.length == 0 || CONJUNCTIONS.contains(lower(words[0]))) return false;
    int i = 0;
    while (i < words.length && (SUBJECT_TAGS.contains(tags[i]) || isPossessive(words[i]) || isCompoundNoun(words, tags, i)
        || i > 0 && words[i].equals(",") && i + 1 < words.length && APPOSITION_STARTS.contains(lower(words[i + 1])))) {
      if (FunctionWords.AUXILIARIES.contains(lower(words[i]))) return false; // "did" read as a noun
      i++;
    }
    int head = i - 1;
    if (head < 0 || words[head].equals(",")) return false;
    while (i < words.length && tags[i].equals("ADV")) i++;
    if (i >= words.length) return false;
    Number subject = nounNumber(words[head], tags[head]);
    Number verb = verbNumber(words[i], tags[i]);
    // "many Latinos falls flat": a plural quantifier makes a verb in -s evidence, which it is not after a bare plural
    boolean pluralHead = subject == Number.PLURAL || ClauseWords.isWordInS(lower(words[head])); // "many Latinos"
    if (PLURAL_QUANTIFIERS.contains(lower(words[0])) && head > 0 && pluralHead && tags[i].equals("VERB")
        && ClauseWords.isWordInS(lower(words[i])) && lower(words[i]).equals(words[i])) {
      return true;
    }
    // a base form before a name is a noun of a role ("harbor pilot Ann Lee")
    boolean beforeName = verb == Number.PLURAL && tags[i].equals("VERB") && i + 1 < words.length
        && Character.isUpperCase(words[i + 1].charAt(0));
    return subject != Number.UNKNOWN && verb != Number.UNKNOWN && subject != verb && !beforeName;
  }

  /**
   * A base form the tagger calls a verb inside a compound noun ("the ferry talk show host said", "a town poll
   * finds"): a noun, name or verb follows it, and a verb is reached through nominal words only.
   */
  private boolean isCompoundNoun(String[] words, String[] tags, int i) {
    if (!tags[i].equals("VERB") || verbNumber(words[i], tags[i]) != Number.PLURAL || i + 1 >= words.length
        || !COMPOUND_NEXT.contains(tags[i + 1])) {
      return false;
    }
    for (int k = i + 1; k < words.length; k++) {
      if (tags[k].equals("VERB") || tags[k].startsWith("AUX")) return true;
      if (!SUBJECT_TAGS.contains(tags[k]) && !isPossessive(words[k]) && !tags[k].equals("ADV")) return false;
    }
    return false;
  }

  private Number nounNumber(String word, String tag) {
    String lower = lower(word);
    if (irregularPlurals.contains(lower)) return Number.PLURAL;
    if (collectives.contains(lower) || pastForms.contains(lower) || lower.endsWith("ed")) return Number.UNKNOWN;
    // a name (or a capitalized word the tagger calls a noun) in -s ("Democrats") or in capitals ("the SDF") may be plural
    if (tag.equals("PROPN") || tag.equals("NOUN") && Character.isUpperCase(word.charAt(0))) {
      boolean unclear = lower.endsWith("s") || !Character.isUpperCase(word.charAt(0)) || word.equals(word.toUpperCase(Locale.ROOT));
      return unclear ? Number.UNKNOWN : Number.SINGULAR;
    }
    if (!tag.equals("NOUN") || !Character.isLowerCase(word.charAt(0))) return Number.UNKNOWN;
    if (!lower.endsWith("s")) return Number.SINGULAR;
    boolean singularInS = SINGULAR_IN_S.contains(lower) || lower.endsWith("ss") || lower.endsWith("us")
        || lower.endsWith("is") || lower.endsWith("ics");
    return singularInS ? Number.UNKNOWN : Number.PLURAL;
  }

  private Number verbNumber(String word, String tag) {
    String lower = lower(word);
    if (tag.startsWith("AUX")) {
      return SINGULAR_AUX.contains(lower) ? Number.SINGULAR : PLURAL_AUX.contains(lower) ? Number.PLURAL : Number.UNKNOWN;
    }
    if (!tag.equals("VERB") || !lower.equals(word) || !lower.chars().allMatch(Character::isLetter)) return Number.UNKNOWN;
    if (lower.endsWith("s")) return Number.UNKNOWN; // "the methods skips" is as often the speaker's as a cut
    boolean unmarked = lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("en") || pastForms.contains(lower);
    return unmarked ? Number.UNKNOWN : Number.PLURAL;
  }

  private static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("’s");
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
