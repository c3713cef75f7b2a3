package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a claim text (no regular expressions, it runs for every claim): known names from the alias table,
 * with the titles and modifiers before them, become short names ("French President Anne Morel" → "Morel",
 * "the French president" → "Morel", "Morel-Holm" → "Morel and Holm"), and words that do not change a claim's identity
 * ("already", "on Thursday") are dropped. Short names are surnames for people and names for organizations.
 */
final class NameShortener {
  private static final int MAX_ALIAS_WORDS = 5;
  /** Hedges that do not change what is claimed; negations are never dropped here (see PositiveProposition). */
  private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "reportedly", "purportedly", "purported");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  /** Words before "last week" that make it a noun phrase of the sentence ("in the last week"), not a time to drop. */
  private static final Set<String> PHRASE_HEADS = Set.of("the", "in", "over", "during", "for", "of", "since", "within", "until");
  private final Map<String, String> shortByAlias = new HashMap<>();
  private final Map<String, String> shortByRole = new HashMap<>();
  private final Set<String> shortNames = new HashSet<>();
  private final Set<String> modifiers = new HashSet<>();
  private final Set<String> drop;
  private final Set<String> timeWords;

  NameShortener(ExtractionLexicon lex, SourceDirectory directory) {
    for (SourceDirectory.Entry e : new LinkedHashSet<>(directory.aliases().values())) {
      String shortName = e.type() == SourceKind.PERSON ? e.name().substring(e.name().lastIndexOf(' ') + 1) : e.name();
      shortNames.add(shortName);
      for (String a : e.aliases()) {
        shortByAlias.put(a, shortName);
        String last = a.substring(a.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (e.type() == SourceKind.PERSON && a.contains(" ") && lex.isPersonTitle(last)) shortByRole.put(a.toLowerCase(Locale.ROOT), shortName);
      }
    }
    for (String m : lex.words("name_modifiers")) modifiers.add(m.toLowerCase(Locale.ROOT));
    for (String m : List.of("president-elect", "president", "prime", "minister", "foreign", "leader", "spokesman",
        "spokesperson", "press", "secretary", "vice", "the")) modifiers.add(m);
    this.drop = lex.words("claim_drop");
    this.timeWords = lex.words("time_words");
  }

  private record Word(int start, int end, String text) {}

  String shorten(String s) {
    List<Word> words = words(s);
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String lower = w.text().toLowerCase(Locale.ROOT);
      int len = modifiesFollowingName(s, words, i) ? 0 : aliasLength(s, words, i);
      if (len > 0) {
        int from = i;
        while (from > 0 && modifiers.contains(words.get(from - 1).text().toLowerCase(Locale.ROOT))
            && onlySpaceOrComma(s, words.get(from - 1).end(), words.get(from).start())) {
          from--;
        }
        int start = Math.max(copied, words.get(from).start());
        out.append(s, copied, start).append(shortFor(s, words, i, len));
        copied = words.get(i + len - 1).end();
        i += len - 1;
      } else if (drop.contains(lower) && !(lower.equals("just") && afterArticle(words, i)) || HEDGES.contains(lower) || (lower.equals("on") || lower.equals("last") || lower.equals("this"))
          && i + 1 < words.size() && timeWords.contains(words.get(i + 1).text().toLowerCase(Locale.ROOT))
          && !namesOn(s, words, i + 1) && !(i > 0 && PHRASE_HEADS.contains(words.get(i - 1).text().toLowerCase(Locale.ROOT)))
          && !possessiveAfter(s, words.get(i + 1))) { // "this year's budget" keeps its owner
        int end = lower.equals("on") || lower.equals("last") || lower.equals("this") ? words.get(++i).end() : w.end();
        if (end > w.end() && i + 1 < words.size() && PARTS_OF_DAY.contains(words.get(i + 1).text().toLowerCase(Locale.ROOT))) {
          end = words.get(++i).end(); // "on Friday morning"
        }
        out.append(s, copied, w.start());
        IndefiniteArticle.agree(out, i + 1 < words.size() ? words.get(i + 1).text() : null);
        copied = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
      } else if (w.text().indexOf('-') > 0) {
        String[] parts = w.text().split("-", 2);
        String a = shortByAlias.get(parts[0]);
        String b = shortByAlias.get(parts[1]);
        if (a != null && b != null) {
          out.append(s, copied, w.start()).append(a).append(" and ").append(b);
          copied = w.end();
        }
      }
    }
    return out.append(s, copied, s.length()).toString();
  }



  /** "the just and moral thing": "just" after an article is an adjective of the noun phrase, not a word to drop. */
  private static boolean afterArticle(List<Word> words, int i) {
    if (i == 0) return false;
    String before = words.get(i - 1).text().toLowerCase(Locale.ROOT);
    return before.equals("the") || before.equals("a") || before.equals("an");
  }

  private static boolean possessiveAfter(String s, Word w) {
    return w.end() + 1 < s.length() && (s.charAt(w.end()) == '\'' || s.charAt(w.end()) == '’') && s.charAt(w.end() + 1) == 's';
  }

  /** "on Saturday Night Live": the time word at {@code t} is part of a name, a capitalized word follows it after a space. */
  private static boolean namesOn(String s, List<Word> words, int t) {
    int end = words.get(t).end();
    return t + 1 < words.size() && words.get(t + 1).start() == end + 1 && s.charAt(end) == ' '
        && Character.isUpperCase(words.get(t + 1).text().charAt(0));
  }

  private String shortFor(String s, List<Word> words, int i, int len) {
    String candidate = s.substring(words.get(i).start(), words.get(i + len - 1).end());
    String hit = shortByAlias.get(candidate);
    return hit != null ? hit : shortByRole.get(candidate.toLowerCase(Locale.ROOT));
  }

  /** "US" in "US President-elect Donald Trump" is a title of the name that follows, not a name of its own. */
  private boolean modifiesFollowingName(String s, List<Word> words, int i) {
    int j = i;
    while (j < words.size() && modifiers.contains(words.get(j).text().toLowerCase(Locale.ROOT))) j++;
    return j > i && j < words.size() && j - i <= MAX_ALIAS_WORDS && aliasLength(s, words, j) > 0
        && onlySpaceOrComma(s, words.get(j - 1).end(), words.get(j).start());
  }

  /** Number of words of the longest alias starting at word i (0 if none). */
  private int aliasLength(String s, List<Word> words, int i) {
    if (!Character.isUpperCase(words.get(i).text().charAt(0))) return 0;
    for (int len = Math.min(MAX_ALIAS_WORDS, words.size() - i); len >= 1; len--) {
      int end = i + len - 1;
      if (len > 1 && !singleSpaces(s, words, i, end)) continue;
      String candidate = s.substring(words.get(i).start(), words.get(end).end());
      if (shortByAlias.containsKey(candidate)) return len;
      if (len > 1 && i > 0 && words.get(i - 1).text().equalsIgnoreCase("the")
          && shortByRole.containsKey(candidate.toLowerCase(Locale.ROOT))) {
        return len;
      }
    }
    return 0;
  }

  private static boolean singleSpaces(String s, List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) if (words.get(k + 1).start() - words.get(k).end() != 1 || s.charAt(words.get(k).end()) != ' ') return false;
    return true;
  }

  private static boolean onlySpaceOrComma(String s, int from, int to) {
    for (int k = from; k < to; k++) if (s.charAt(k) != ' ' && s.charAt(k) != ',') return false;
    return to > from;
  }

  /** Words: letters/digits with inner '.', '-' and apostrophes; a possessive 's is its own word. */
  private static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || (s.charAt(i) == '.' || s.charAt(i) == '-'
          || (s.charAt(i) == '\'' || s.charAt(i) == '’') && i + 1 < s.length() && s.charAt(i + 1) == 't')
          && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1)))) {
        i++;
      }
      if (i < s.length() && s.charAt(i) == '.' && i - start <= 3 && s.substring(start, i).contains(".")) i++;
      out.add(new Word(start, i, s.substring(start, i)));
    }
    return out;
  }
}
