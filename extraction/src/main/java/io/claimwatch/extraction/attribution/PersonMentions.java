package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People named in one article's text, for coreference without a table of names: a title followed by two to four
 * capitalized words ("Prime Minister Ada Lind", "harbor master Ivo Berg") introduces a person, and a later bare
 * surname ("Lind") mentions that person again, so "the latter" and "he" see who was named last; a capitalized name
 * ending in an organization word ("Transport Ministry") is an organization mention for "the ministry". One instance per
 * analysis run (it remembers the surnames of the article); linear in the tokens scanned.
 */
public final class PersonMentions {
  private static final int MAX_NAME_WORDS = 4;
  private final ExtractionLexicon lex;
  private final MentionHistory history;
  private final Map<String, FoundSource> bySurname = new HashMap<>();

  public PersonMentions(ExtractionLexicon lex, MentionHistory history) {
    this.lex = lex;
    this.history = history;
  }

  /** A resolved person source: its surname now refers to it. */
  public void noteSource(FoundSource s) {
    if (s.type() == SourceKind.PERSON && s.name().indexOf(' ') > 0) bySurname.put(surname(s.name()), s);
  }

  /** Adds the person mentions of tokens [from, to) to the history, in text order. */
  public void scan(String text, List<Token> t, int from, int to) {
    int k = Math.max(0, from);
    while (k < to) {
      Token w = t.get(k);
      if (w.isWord() && lex.isPersonTitle(w.lower())) {
        int s = k + 1;
        while (s < to && lex.isPersonTitle(t.get(s).lower())) s++;
        int e = s;
        while (e < to && e - s < MAX_NAME_WORDS && isNameWord(t.get(e))) e++;
        if (e - s >= 2) {
          String name = text.substring(t.get(s).start(), t.get(e - 1).end());
          FoundSource known = bySurname.get(surname(name));
          FoundSource p = known != null && known.name().equals(name) ? known
              : new FoundSource(SourceResolver.slug(name), name, SourceKind.PERSON, null,
                  TextSpan.of(text, t.get(s).start(), t.get(e - 1).end()));
          bySurname.putIfAbsent(surname(name), p);
          history.add(p);
          k = e;
          continue;
        }
        k = Math.max(k + 1, s);
        continue;
      }
      if (w.isWord() && w.isCapitalized() && lex.roleKind(w.lower()) == SourceKind.ORGANIZATION && k > from
          && t.get(k - 1).isWord() && t.get(k - 1).isCapitalized() && !t.get(k - 1).is("the")) {
        int s = k - 1;
        while (s > from && s > k - MAX_NAME_WORDS && t.get(s - 1).isWord() && t.get(s - 1).isCapitalized()
            && !t.get(s - 1).is("the") && !lex.in("sentence_openers", t.get(s - 1).lower())) s--;
        String name = text.substring(t.get(s).start(), w.end());
        FoundSource earlier = history.last(m -> m.type() == SourceKind.ORGANIZATION
            && (m.name().equals(name) || m.name().endsWith(" " + name)), 0);
        history.add(earlier != null ? earlier : new FoundSource(SourceResolver.slug(name), name, SourceKind.ORGANIZATION,
            null, TextSpan.of(text, t.get(s).start(), w.end())));
        k++;
        continue;
      }
      if (w.isWord() && w.isCapitalized()) {
        FoundSource p = bySurname.get(w.text());
        if (p != null && (k + 1 >= to || !isNameWord(t.get(k + 1)))) history.add(p);
      }
      k++;
    }
  }

  private boolean isNameWord(Token k) {
    return k.isWord() && k.isCapitalized() && !lex.isPersonTitle(k.lower()) && !lex.in("sentence_openers", k.lower())
        && lex.roleKind(k.lower()) == null;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }
}
