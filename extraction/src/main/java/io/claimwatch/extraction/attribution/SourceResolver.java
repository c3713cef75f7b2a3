package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a source mention into a normalized {@link FoundSource}: pronouns, "the latter" and role nouns ("the spokesman",
 * "the newspaper") resolve to the newest compatible mention; titles are stripped ("Harbor Authority spokeswoman Mira Holm" →
 * person Mira Holm, affiliation Harbor Authority); names are looked up in the alias table; anonymous phrases become one
 * anonymous source per head phrase; unknown names are typed by their last word.
 */
public final class SourceResolver {
  /** Key of "I"/"we"/"me"/"us" before the analysis run replaces it with the quoted speaker. */
  /** Key prefix of a source the article names no one for (a pronoun, a first person nobody in it can be found for). */
  private static final String UNRESOLVED = "unresolved:";
  public static final String FIRST_PERSON_KEY = UNRESOLVED + "first-person";
  /** Display name of a source that is only a pronoun nobody in the article can be found for. */
  public static final String UNIDENTIFIED = "unidentified speaker";
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
  private static final Set<String> PUBLICATION_WORDS = Set.of("post", "times", "news", "journal", "herald", "tribune",
      "telegraph", "guardian", "gazette", "press", "agency", "daily", "review", "magazine", "tv", "radio", "mail");
  /** Longest alias looked up, in tokens (the table's longest is 5 with "the"); bounds the search in a run of names. */
  private static final int MAX_ALIAS_TOKENS = 12;
  private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern SLUG_POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern SLUG_GAP = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SLUG_EDGE = Pattern.compile("^-|-$");
  private final ExtractionLexicon lex;
  private final SourceDirectory directory;

  public SourceResolver(ExtractionLexicon lex, SourceDirectory directory) {
    this.lex = lex;
    this.directory = directory;
  }

  /** Whether {@code key} is that of a source nobody could be found for ({@link #FIRST_PERSON_KEY} and the like). */
  public static boolean isUnresolved(String key) {
    return key.startsWith(UNRESOLVED);
  }

  public FoundSource resolve(String text, List<Token> t, int start, int end, MentionHistory history, String publisherKey) {
    TextSpan span = TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
    Token head = t.get(end - 1);
    if (end - start == 1 && FIRST_PERSON.contains(head.lower()) && !FunctionWords.isCapitals(head.text())) {
      return new FoundSource(FIRST_PERSON_KEY, UNIDENTIFIED, SourceKind.UNKNOWN, null, span);
    }
    if (end - start == 1 && lex.in("pronouns_person", head.lower())) {
      FoundSource speaker = history.lastSourceOfKind(SourceKind.PERSON);
      return orUnresolved(speaker != null ? speaker : history.lastOfKind(SourceKind.PERSON), span);
    }
    if (end - start == 1 && lex.in("pronouns_group", head.lower())) {
      FoundSource s = history.last(m -> m.type() == SourceKind.ORGANIZATION || m.type() == SourceKind.PUBLICATION
          && !m.key().equals(publisherKey) || m.type() == SourceKind.ANONYMOUS, 0);
      return head.is("it") || head.is("they") ? orUnresolved(s, span) : unresolved(span);
    }
    if (lex.in("ordinal_refs", head.lower())) {
      return orUnresolved(history.last(m -> m.type() == SourceKind.PERSON, head.is("former") ? 1 : 0), span);
    }
    int lastTitle = -1;
    boolean anonymous = false;
    boolean capitalized = false;
    for (int k = start; k < end; k++) {
      String l = t.get(k).lower();
      if (lex.isPersonTitle(l) && !t.get(k).isCapitalized() || lex.isPersonTitle(l) && k < end - 1) lastTitle = k;
      anonymous |= lex.in("anonymous_heads", l) && (!t.get(k).isCapitalized() || k == start);
      capitalized |= t.get(k).isCapitalized() && !l.equals("the") && !lex.in("sentence_openers", l);
    }
    if (anonymous && !hasNameAfter(t, start, end)) return anonymousSource(text, t, start, end, span);
    int described = lastTitle < start ? PersonDescriptions.nameStart(lex, t, start, end) : -1;
    if (described > start) start = described;
    int nameStart = lastTitle + 1 > start ? lastTitle + 1 : start;
    if (nameStart >= end) return roleOnly(t, start, end, history, span, publisherKey);
    String name = text.substring(t.get(nameStart).start(), t.get(end - 1).end());
    SourceDirectory.Entry e = longestKnown(text, t, nameStart, end, true);
    int firstTitle = lastTitle;
    while (firstTitle > start && lex.isPersonTitle(t.get(firstTitle - 1).lower())) firstTitle--;
    String affiliation = firstTitle > start ? text.substring(t.get(start).start(), t.get(firstTitle).start()).strip() : null;
    if (affiliation != null) affiliation = stripDeterminer(TRAILING_POSSESSIVE.matcher(affiliation).replaceAll(""));
    if (e != null) {
      SourceDirectory.Entry aff = directory.byKey(e.affiliationKey());
      return new FoundSource(e.key(), e.name(), e.type(), aff != null ? aff.name() : affiliationName(affiliation), span);
    }
    if (!capitalized) return roleOnly(t, start, end, history, span, publisherKey);
    name = stripDeterminer(name);
    SourceKind kind = kindOfUnknown(t, nameStart, end, lastTitle >= start);
    if (kind != SourceKind.ORGANIZATION && kind != SourceKind.PUBLICATION && end - nameStart == 1) {
      // A surname (with or without a title) is the person named in full earlier in the article.
      FoundSource known = history.last(m -> m.type() == SourceKind.PERSON && m.name().endsWith(" " + t.get(end - 1).text()), 0);
      if (known != null) {
        String aff = affiliation != null ? affiliationName(affiliation) : known.affiliation();
        return new FoundSource(known.key(), known.name(), known.type(), aff, span);
      }
    }
    if (kind == SourceKind.UNKNOWN && t.get(start).is("the")) kind = SourceKind.ORGANIZATION;
    if (kind == SourceKind.UNKNOWN) {
      // "Kremlin said" after "the Kremlin denied": the same name keeps the kind it was seen with.
      String key = slug(name);
      FoundSource seen = history.last(m -> m.key().equals(key), 0);
      if (seen != null) return new FoundSource(seen.key(), seen.name(), seen.type(), seen.affiliation(), span);
    }
    return new FoundSource(slug(name), name, kind, affiliationName(affiliation), span);
  }

  /** The longest known alias inside tokens [start, end) as a source, or null (for the mention history). */
  public FoundSource known(String text, List<Token> t, int start, int end) {
    SourceDirectory.Entry e = longestKnown(text, t, start, end, false);
    if (e == null) return null;
    SourceDirectory.Entry aff = directory.byKey(e.affiliationKey());
    TextSpan span = TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
    return new FoundSource(e.key(), e.name(), e.type(), aff == null ? null : aff.name(), span);
  }

  /**
   * The organization a known person speaks for, as a source of its own, when the source table declares one
   * (its affiliation column); null otherwise. A title in the text ("US President-elect") is not enough: it says
   * where a person belongs, not that they speak for it.
   */
  public FoundSource speaksFor(FoundSource person) {
    SourceDirectory.Entry entry = directory.byKey(person.key());
    SourceDirectory.Entry organization = entry == null ? null : directory.byKey(entry.affiliationKey());
    return organization == null ? null
        : new FoundSource(organization.key(), organization.name(), organization.type(), null, null);
  }

  private String affiliationName(String raw) {
    if (raw == null || raw.isBlank()) return null;
    SourceDirectory.Entry e = directory.byAlias(raw);
    return e != null ? e.name() : raw;
  }

  private SourceDirectory.Entry longestKnown(String text, List<Token> t, int start, int end, boolean atEnd) {
    for (int len = Math.min(end - start, MAX_ALIAS_TOKENS); len >= 1; len--) {
      for (int s = end - len; s >= start; s--) {
        if (atEnd && s + len != end && !t.get(s + len).lower().equals("'s")) continue;
        if (s > start && t.get(s - 1).isCapitalized() && !lex.isPersonTitle(t.get(s - 1).lower())
            && !lex.in("name_modifiers", t.get(s - 1).text()) && !t.get(s - 1).is("The")) continue;
        SourceDirectory.Entry e = directory.byAlias(text.substring(t.get(s).start(), t.get(s + len - 1).end()));
        if (e != null) return e;
      }
    }
    return null;
  }

  /**
   * The organization of an affiliation phrase ("Kremlin", "Acme's", "the ministry"): a table entry, a person named
   * earlier ("the governor's press secretary"), an organization named earlier whose name ends like this one ("Transport
   * Ministry" is "Estmark's Transport Ministry"), for a lowercase phrase the newest organization with that head word,
   * else a new organization.
   */
  public FoundSource organization(String text, List<Token> t, int start, int end, MentionHistory history) {
    TextSpan span = TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
    String name = TRAILING_POSSESSIVE.matcher(stripDeterminer(span.text())).replaceAll("").strip();
    SourceDirectory.Entry e = directory.byAlias(name);
    if (e != null) return new FoundSource(e.key(), e.name(), e.type(), null, span);
    boolean capitalized = false;
    for (int k = start; k < end; k++) capitalized |= t.get(k).isWord() && t.get(k).isCapitalized();
    String head = t.get(end - 1).text();
    if (!capitalized) {
      FoundSource s = history.last(m -> m.type() == SourceKind.ORGANIZATION && lastWord(m.name()).equalsIgnoreCase(head), 0);
      if (s == null) s = history.lastOfKind(SourceKind.ORGANIZATION);
      return s != null ? s : new FoundSource(slug(name), name, SourceKind.ORGANIZATION, null, span);
    }
    if (end - start == 1 || end - start == 2 && t.get(end - 1).is("'s")) {
      String surname = t.get(start).text();
      FoundSource person = history.last(m -> m.type() == SourceKind.PERSON && lastWord(m.name()).equals(surname), 0);
      if (person != null) return person;
    }
    String n = name;
    FoundSource earlier = history.last(m -> (m.type() == SourceKind.ORGANIZATION || m.type() == SourceKind.PUBLICATION)
        && (m.name().equalsIgnoreCase(n) || m.name().endsWith(" " + n)), 0);
    if (earlier != null) return earlier;
    SourceKind kind = PUBLICATION_WORDS.contains(lastWord(name).toLowerCase(Locale.ROOT)) ? SourceKind.PUBLICATION : SourceKind.ORGANIZATION;
    return new FoundSource(slug(name), name, kind, null, span);
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private FoundSource roleOnly(List<Token> t, int start, int end, MentionHistory history, TextSpan span, String publisherKey) {
    SourceKind kind = null;
    int headAt = -1;
    for (int k = end - 1; k >= start && kind == null; k--) {
      kind = lex.roleKind(t.get(k).lower());
      headAt = k;
    }
    if (kind == null) return unresolved(span);
    SourceKind wanted = kind;
    String head = t.get(headAt).text();
    FoundSource s = wanted == SourceKind.PERSON ? null : history.last(m -> m.type() == wanted
        && !m.key().equals(publisherKey) && lastWord(m.name()).equalsIgnoreCase(head), 0);
    if (s == null) s = history.last(m -> m.type() == wanted && !m.key().equals(publisherKey), 0);
    if (s == null && wanted == SourceKind.PERSON) s = history.lastOfKind(SourceKind.ORGANIZATION);
    return orUnresolved(s, span);
  }

  private FoundSource anonymousSource(String text, List<Token> t, int start, int end, TextSpan span) {
    StringBuilder key = new StringBuilder("anonymous");
    for (int k = start; k < end; k++) {
      String l = t.get(k).lower();
      if (lex.in("anonymous_heads", l) || t.get(k).isCapitalized() && !l.equals("the")) key.append('-').append(l);
    }
    return new FoundSource(slug(key.toString()), span.text(), SourceKind.ANONYMOUS, null, span);
  }

  private boolean hasNameAfter(List<Token> t, int start, int end) {
    return t.get(end - 1).isCapitalized();
  }

  private SourceKind kindOfUnknown(List<Token> t, int nameStart, int end, boolean titled) {
    String last = t.get(end - 1).lower();
    if (PUBLICATION_WORDS.contains(last)) return SourceKind.PUBLICATION;
    SourceKind role = lex.roleKind(last);
    if (role == SourceKind.ORGANIZATION || role == SourceKind.PUBLICATION) return role;
    if (titled) return SourceKind.PERSON;
    if (t.get(nameStart).is("the")) return SourceKind.ORGANIZATION;
    int words = 0;
    for (int k = nameStart; k < end; k++) if (t.get(k).isCapitalized()) words++;
    return words >= 2 && words <= 4 && end - nameStart == words ? SourceKind.PERSON : SourceKind.UNKNOWN;
  }

  private FoundSource orUnresolved(FoundSource s, TextSpan span) {
    return s == null ? unresolved(span) : new FoundSource(s.key(), s.name(), s.type(), s.affiliation(), span);
  }

  /** A mention nothing was found for; a pronoun never becomes a source's name. */
  private FoundSource unresolved(TextSpan span) {
    String lower = span.text().toLowerCase(Locale.ROOT);
    boolean pronoun = lex.in("pronouns_person", lower) || lex.in("pronouns_group", lower) || lex.in("ordinal_refs", lower)
        || lower.startsWith("the ") && lex.in("ordinal_refs", lower.substring(4));
    return new FoundSource(UNRESOLVED + slug(span.text()), pronoun ? UNIDENTIFIED : span.text(), SourceKind.UNKNOWN, null, span);
  }

  private static String stripDeterminer(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  public static String slug(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    return SLUG_EDGE.matcher(SLUG_GAP.matcher(SLUG_POSSESSIVE.matcher(lower).replaceAll("")).replaceAll("-")).replaceAll("");
  }
}
