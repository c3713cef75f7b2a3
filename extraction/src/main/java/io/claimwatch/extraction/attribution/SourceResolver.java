package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a source mention into a normalized {@link FoundSource}: pronouns, "the latter" and role nouns ("the spokesman",
 * "the newspaper") resolve to the newest compatible mention; titles are stripped ("Kremlin spokesman Dmitry Peskov" →
 * person Dmitry Peskov, affiliation Kremlin); names are looked up in the alias table; anonymous phrases become one
 * anonymous source per head phrase; unknown names are typed by their last word.
 */
public final class SourceResolver {
  private static final Set<String> PUBLICATION_WORDS = Set.of("post", "times", "news", "journal", "herald", "tribune",
      "telegraph", "guardian", "gazette", "press", "agency", "daily", "review", "magazine", "tv", "radio", "mail");
  /** Longest alias looked up, in tokens (the table's longest is 5 with "the"); bounds the search in a run of names. */
  private static final int MAX_ALIAS_TOKENS = 12;
  private final ExtractionLexicon lex;
  private final SourceDirectory directory;

  public SourceResolver(ExtractionLexicon lex, SourceDirectory directory) {
    this.lex = lex;
    this.directory = directory;
  }

  public FoundSource resolve(String text, List<Token> t, int start, int end, MentionHistory history, String publisherKey) {
    TextSpan span = TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
    Token head = t.get(end - 1);
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
    int nameStart = lastTitle + 1 > start ? lastTitle + 1 : start;
    if (nameStart >= end) return roleOnly(t, start, end, history, span, publisherKey);
    String name = text.substring(t.get(nameStart).start(), t.get(end - 1).end());
    SourceDirectory.Entry e = longestKnown(text, t, nameStart, end, true);
    String affiliation = lastTitle > start ? text.substring(t.get(start).start(), t.get(lastTitle).start()).strip() : null;
    if (affiliation != null) affiliation = stripDeterminer(affiliation.replaceAll("['’]s$", ""));
    if (e != null) {
      SourceDirectory.Entry aff = directory.byKey(e.affiliationKey());
      return new FoundSource(e.key(), e.name(), e.type(), aff != null ? aff.name() : affiliationName(affiliation), span);
    }
    if (!capitalized) return roleOnly(t, start, end, history, span, publisherKey);
    name = stripDeterminer(name);
    SourceKind kind = kindOfUnknown(t, nameStart, end, lastTitle >= start);
    if (kind == SourceKind.PERSON && end - nameStart == 1) {
      FoundSource known = history.last(m -> m.type() == SourceKind.PERSON && m.name().endsWith(" " + t.get(end - 1).text()), 0);
      if (known != null) return new FoundSource(known.key(), known.name(), known.type(), known.affiliation(), span);
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

  private FoundSource roleOnly(List<Token> t, int start, int end, MentionHistory history, TextSpan span, String publisherKey) {
    SourceKind kind = null;
    for (int k = end - 1; k >= start && kind == null; k--) kind = lex.roleKind(t.get(k).lower());
    if (kind == null) return unresolved(span);
    SourceKind wanted = kind;
    FoundSource s = history.last(m -> m.type() == wanted && !m.key().equals(publisherKey), 0);
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
    int words = 0;
    for (int k = nameStart; k < end; k++) if (t.get(k).isCapitalized()) words++;
    return words >= 2 && words <= 4 && end - nameStart == words ? SourceKind.PERSON : SourceKind.UNKNOWN;
  }

  private static FoundSource orUnresolved(FoundSource s, TextSpan span) {
    return s == null ? unresolved(span) : new FoundSource(s.key(), s.name(), s.type(), s.affiliation(), span);
  }

  private static FoundSource unresolved(TextSpan span) {
    return new FoundSource("unresolved:" + slug(span.text()), span.text(), SourceKind.UNKNOWN, null, span);
  }

  private static String stripDeterminer(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  public static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }
}
