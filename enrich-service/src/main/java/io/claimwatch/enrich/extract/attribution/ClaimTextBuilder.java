package io.claimwatch.enrich.extract.attribution;

import io.claimwatch.enrich.extract.FoundSource;
import io.claimwatch.enrich.extract.SourceKind;
import io.claimwatch.enrich.extract.lexicon.ExtractionLexicon;
import io.claimwatch.enrich.extract.lexicon.SourceDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns attributed content into the positive claim it is about, for the canonicalizer: the first sentence only,
 * without quotes, report framing ("the Post's report of", "reports that"), a falsity verdict ("... are false"), trailing
 * clauses (", but", ", which"), hedges and negation ("he had not yet spoken" → "Trump had spoken"), with a subject
 * pronoun replaced by the source's name and role descriptions ("the Russian leader") by names from the alias table.
 */
public final class ClaimTextBuilder {
  private static final Pattern QUOTES = Pattern.compile("[“”\"«»]|(?<![\\p{L}])[‘']|[’'](?![\\p{L}])");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d”\")])[.!?]\\s+(?=[A-Z“\"])");
  private static final Pattern NAME_PAIR = Pattern.compile("\\b(\\p{Lu}\\p{L}+)[-–](\\p{Lu}\\p{L}+)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not yet|not|never|no longer)\\s+|n't\\b");
  private final ExtractionLexicon lex;
  private final Pattern falsityTail;
  private final List<String> wrappers;
  private final List<String> cutters;
  private final List<Map.Entry<Pattern, String>> roleAliases = new ArrayList<>();
  private final Pattern knownNames;
  private final Map<String, String> shortNames = new java.util.HashMap<>();
  private final Pattern dropWords;

  public ClaimTextBuilder(ExtractionLexicon lex, SourceDirectory directory) {
    this.lex = lex;
    this.falsityTail = Pattern.compile("(?i)\\s+(is|are|was|were)\\s+(\\S+\\s+){0,2}?(" + String.join("|", lex.words("falsity"))
        + ")\\b.*$");
    this.wrappers = lex.phrasesLongestFirst("claim_wrappers");
    this.cutters = List.copyOf(lex.words("claim_cutters"));
    for (Map.Entry<String, SourceDirectory.Entry> a : directory.aliases().entrySet()) {
      if (a.getKey().contains(" ") && a.getValue().type() == SourceKind.PERSON && !a.getValue().name().equalsIgnoreCase(a.getKey())
          && a.getKey().split(" ")[0].chars().allMatch(Character::isLowerCase) && isRole(a.getKey())) {
        roleAliases.add(Map.entry(Pattern.compile("(?i)\\bthe " + Pattern.quote(a.getKey()) + "\\b"), a.getValue().name()));
      }
    }
    roleAliases.sort((x, y) -> x.getKey().pattern().compareTo(y.getKey().pattern()));
    List<String> aliases = new ArrayList<>();
    for (SourceDirectory.Entry e : new java.util.LinkedHashSet<>(directory.aliases().values())) {
      String shortName = e.type() == SourceKind.PERSON ? e.name().substring(e.name().lastIndexOf(' ') + 1) : e.name();
      for (String a : e.aliases()) {
        aliases.add(a);
        shortNames.put(a, shortName);
      }
    }
    aliases.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
    List<String> modifiers = new ArrayList<>(lex.words("name_modifiers"));
    for (String title : List.of("President-elect", "President", "Prime Minister", "Minister", "Foreign Minister",
        "leader", "spokesman", "spokesperson", "press secretary", "Secretary", "Vice President")) modifiers.add(title);
    modifiers.sort((x, y) -> y.length() - x.length());
    String mod = modifiers.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    String names = aliases.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    this.knownNames = Pattern.compile("(?<![\\p{L}])(?:(?:the |The )?(?:(?i:" + mod + ")[ ,]+)+)?(" + names + ")(?![\\p{L}])");
    this.dropWords = Pattern.compile("(?i)\\b(?:" + String.join("|", lex.words("claim_drop"))
        + "|(?:on|last|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month))\\b\\s*");
  }

  /** Known names (with their titles) become short names: "Russian President Vladimir Putin" → "Putin". */
  private String shortenNames(String s) {
    String shortened = knownNames.matcher(s).replaceAll(m -> Matcher.quoteReplacement(shortNames.getOrDefault(m.group(1), m.group(1))));
    Matcher pair = NAME_PAIR.matcher(shortened);
    StringBuilder out = new StringBuilder();
    while (pair.find()) {
      boolean known = shortNames.containsValue(pair.group(1)) && shortNames.containsValue(pair.group(2));
      pair.appendReplacement(out, Matcher.quoteReplacement(known ? pair.group(1) + " and " + pair.group(2) : pair.group()));
    }
    return pair.appendTail(out).toString();
  }

  private boolean isRole(String alias) {
    String[] w = alias.split(" ");
    return lex.isPersonTitle(w[w.length - 1]);
  }

  public String build(String content, FoundSource source) {
    String s = QUOTES.matcher(content.replace('\u00a0', ' ')).replaceAll("").strip();
    Matcher end = SENTENCE_END.matcher(s);
    if (end.find() && end.start() > 20) s = s.substring(0, end.start());
    s = stripWrapper(s);
    s = falsityTail.matcher(s).replaceFirst("");
    String lower = s.toLowerCase(Locale.ROOT);
    int cut = s.length();
    for (String c : cutters) {
      int at = lower.indexOf(c);
      if (at > 10 && at < cut) cut = at;
    }
    s = s.substring(0, cut);
    for (String h : List.of("reportedly ", "allegedly ", "alleged ", "purportedly ", "purported ")) s = s.replace(h, "");
    s = NEGATION.matcher(s).replaceAll(m -> m.group().startsWith("n'") ? "" : "");
    s = subjectPronoun(s, source);
    for (Map.Entry<Pattern, String> r : roleAliases) s = r.getKey().matcher(s).replaceAll(Matcher.quoteReplacement(r.getValue()));
    s = shortenNames(s).replaceAll("\\b(\\p{L}+)(?:, \\1\\b)+", "$1");
    s = dropWords.matcher(s).replaceAll("");
    return s.replaceAll("\\s+", " ").replaceAll("^[\\s,:;–-]+|[\\s,.:;–-]+$", "");
  }

  /** True when the content only points back at an earlier claim ("it", "the report", "this information"). */
  public boolean isAnaphoric(String content) {
    String n = QUOTES.matcher(content.replace('\u00a0', ' ')).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'')
        .replaceAll("[^\\p{L}' ]", " ").replaceAll("\\s+", " ").strip();
    for (String pre : List.of("it ", "them ")) if (n.startsWith(pre) && n.length() < 30) n = n.substring(pre.length());
    for (String f : lex.words("falsity")) n = n.replaceAll("\\b(pure |complete |total |a )?" + f + "$", "").strip();
    return n.isEmpty() || lex.in("anaphoric_content", n) || n.split(" ").length <= 4 && n.matches(".*\\b(report|reports|claim|claims|information)$");
  }

  private String stripWrapper(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String w : wrappers) {
      int at = lower.indexOf(w);
      if (at >= 0 && at <= 45 && (at == 0 || lower.charAt(at - 1) == ' ')) return s.substring(at + w.length()).strip();
    }
    return s;
  }

  private static String subjectPronoun(String s, FoundSource source) {
    if (source == null || source.type() != SourceKind.PERSON && source.type() != SourceKind.ORGANIZATION) return s;
    String[] parts = s.split(" ", 2);
    if (parts.length < 2) return s;
    String p = parts[0].toLowerCase(Locale.ROOT);
    boolean matches = source.type() == SourceKind.PERSON ? p.equals("he") || p.equals("she") || p.equals("i")
        : p.equals("it") || p.equals("we");
    return matches ? source.name() + " " + parts[1] : s;
  }
}
