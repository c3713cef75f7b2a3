package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.util.Locale;
import java.util.Set;

/** Character-level clean-ups of claim texts, written as loops because they run for every claim of every article. */
final class TextCleaning {
  private static final int VERDICT_WINDOW = 3;
  private static final int TAG_WORDS = 3;

  private TextCleaning() {}

  /** Without quotation marks (an apostrophe between letters stays); non-breaking spaces become spaces. */
  static String withoutQuotes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»') continue;
      if (c == '‘' || c == '’' || c == '\'') {
        boolean inWord = i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        if (!inWord) continue;
      }
      out.append(c == '\u00a0' ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * End of the first sentence ("... false. Next" → index of the period) if it is at least minLength long, else -1.
   * The period of an abbreviation ("Mr. Cruz", "Vermont Sen. Sanders"; lower case, without the period) ends none.
   */
  static int firstSentenceEnd(String s, int minLength, java.util.Set<String> abbreviations) {
    for (int i = Math.max(1, minLength); i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
          && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1)))
          && !(c == '.' && abbreviations.contains(wordBefore(s, i)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the sentence end at {@code end} is a question mark of a question, not of a statement's tag ("..., right?",
   * "..., doesn't it?": a comma within the last three words).
   */
  static boolean isQuestionEnd(String s, int end) {
    if (s.charAt(end) != '?') return false;
    int spaces = 0;
    for (int i = end - 1; i >= 0 && spaces < TAG_WORDS; i--) {
      if (s.charAt(i) == ',') return false;
      if (s.charAt(i) == ' ') spaces++;
    }
    return true;
  }

  private static String wordBefore(String s, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) start--;
    return s.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Words before the be-verb of a verdict that belong to it ("must be a hoax", "has been a fake"). */
  private static final Set<String> VERDICT_AUXILIARIES = Set.of("must", "may", "might", "could",
      "would", "will", "should", "can", "to", "has", "have", "had");

  /** Where "... is/are (pure) false" begins (its be-verb and auxiliaries), or the length when there is no such verdict. */
  static int falsityVerdictStart(String s, ExtractionLexicon lex) {
    String[] words = s.split(" ");
    int offset = 0;
    int[] starts = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      starts[i] = offset;
      offset += words[i].length() + 1;
    }
    for (int i = 1; i < words.length; i++) {
      if (!lex.in("falsity", bare(words[i]))) continue;
      if (i + 1 < words.length && words[i + 1].equals("to")) continue; // "were wrong to wait" is a claim of its own
      if (isAttributive(bare(words[i]), i + 1 < words.length ? words[i + 1] : "", lex)) continue;
      for (int k = i - 1; k >= Math.max(0, i - VERDICT_WINDOW); k--) {
        if (lex.in("be_forms", bare(words[k])) && k > 0) {
          while (k > 1 && VERDICT_AUXILIARIES.contains(bare(words[k - 1]))) k--; // "must be a hoax", "to be declared fake"
          return Math.max(0, starts[k] - 1);
        }
      }
    }
    return s.length();
  }

  /** "a false choice", "the wrong track": a falsity adjective before its noun judges the noun, it is no verdict. */
  static boolean isAttributive(String falsity, String next, ExtractionLexicon lex) {
    return lex.in("attributive_falsity", falsity) && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
        && !lex.in("function_words", bare(next)) && !lex.in("proposition_nouns", bare(next)); // "was a false story"
  }

  /**
   * Whether a verdict of {@code falsity} ("wrong", "a hoax") on {@code subjectWords} denies them. A verdict of
   * fabrication denies whatever it judges ("the photo is a hoax", "woman with three breasts is a fake"); one of
   * judgement ("wrong", "incorrect") denies only a proposition: a report, claim, story or record ("the reports are
   * wrong"), a pronoun pointing back at one ("that is wrong") or a clause ("the pier was sold in advance are wrong", once
   * "reports that" is cut off). "Trump's plan is wrong" is an opinion of its own.
   */
  static boolean deniesSubject(String[] subjectWords, String falsity, ExtractionLexicon lex) {
    if (!lex.in("judgement_falsity", bare(falsity))) return true;
    for (String w : subjectWords) {
      String b = bare(w);
      if (lex.in("proposition_nouns", b) || lex.in("proposition_pronouns", b) || lex.in("be_forms", b)
          || lex.in("irregular_past", b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code verdict} (" is wrong") judges {@code subject} as an opinion rather than denying it ({@link #deniesSubject}). */
  static boolean judgesOnly(String subject, String verdict, ExtractionLexicon lex) {
    String[] subjectWords = subject.split(" ");
    for (String w : verdict.split(" ")) {
      if (lex.in("falsity", bare(w))) return !deniesSubject(subjectWords, w, lex);
    }
    return false;
  }

  private static String bare(String w) {
    int e = w.length();
    while (e > 0 && !Character.isLetter(w.charAt(e - 1))) e--;
    return w.substring(0, e).toLowerCase(Locale.ROOT);
  }

  static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && !out.isEmpty()) out.append(' ');
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code s} without what {@code leading} matches at its start: {@code leading.matcher(s).replaceFirst("")} for a
   * pattern whose every alternative is anchored with "^" (no MULTILINE), without trying the other positions.
   */
  static String withoutLeading(java.util.regex.Pattern leading, String s) {
    java.util.regex.Matcher m = leading.matcher(s);
    return m.lookingAt() ? s.substring(m.end()) : s;
  }

  static String trimPunctuation(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isTrim(s.charAt(a))) a++;
    while (b > a && (isTrim(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) b--;
    return s.substring(a, b);
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == ',' || c == ':' || c == ';' || c == '–' || c == '-';
  }
}
