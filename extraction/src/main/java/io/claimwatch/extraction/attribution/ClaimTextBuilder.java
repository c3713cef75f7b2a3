package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.claim.AnaphoricContrast;
import io.claimwatch.extraction.claim.ClauseCuts;
import io.claimwatch.extraction.claim.ConjunctSplitter;
import io.claimwatch.extraction.claim.Ellipsis;
import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.claim.PhraseTail;
import io.claimwatch.extraction.claim.PosTagger;
import io.claimwatch.extraction.text.Token;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.TextMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns attributed content into the claim it is about, worded as its source asserts it: the first sentence only,
 * without quotes, report framing ("the Gazette's report of", "reports that"), a falsity verdict ("... are false"),
 * trailing clauses (", but", ", which") and hedges; a negated main verb becomes the positive proposition ("he had not
 * yet spoken" → "Reyes had spoken", the source's denial being the stance) while a negation inside the content
 * stays ("urged them not to strike"), and so does a third party's negated verb ("the officials did not object", see
 * {@link NegationOwner}); a subject pronoun is replaced by the source's name and role descriptions by
 * names from the alias table.
 */
public final class ClaimTextBuilder {
  private static final int MIN_FIRST_SENTENCE = 20;
  /**
   * Sentences of a content that are mentions: later sentences of a quote are claims too, and making them mentions
   * keeps more negations (PolNeAR dev 92.0% instead of 87.5% of contents with a claim; five sentences add nothing).
   */
  private static final int MAX_SENTENCES = 3;
  private static final int MAX_PARTS = 5; // parts of a content that are mentions: sentences, clauses after a semicolon
  private static final Pattern BUT = Pattern.compile("^\\s*,?\\s*but\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_CONJUNCTION = Pattern.compile(
      "^((And|But|So|Yet),? (?=\\p{Ll}|I\\b)|(However|Still|Meanwhile|Instead|\\p{Lu}\\p{Ll}+ly), )");
  /** "But that is not enough", "and they won't": a content opening with a conjunction before its subject. */
  private static final Pattern OPENING_CONJUNCTION = Pattern.compile(
      "^(?i)(and|but),? (?=(" + String.join("|", FunctionWords.OPENING_SUBJECTS) + ")\\b)");
  private static final int MAX_MENTIONS = 6;
  /**
   * One mention of a content: its claim text, the clause it was made from (what the stance is decided on) and whose
   * negation a negated main verb of the clause is ({@link NegationOwner}).
   */
  public record Mention(String text, String clause, Negation negation) {}

  /** A negated main verb is the source's denial (or there is none), or a third party's, which stays in the text. */
  public enum Negation { SOURCE, THIRD_PARTY }

  /**
   * Which subject pronouns become the source's name: any, or only "I"/"we" (a clause with a subject of its own, a
   * later sentence of a quote: "he" there may be someone else).
   */
  private enum Pronoun { SOURCE, FIRST_PERSON }

  /** A clause cut off a sentence, to be a mention of its own, and which of its subject pronouns are the source. */
  private record Pending(String text, Pronoun pronoun) {}

  /** One mention before its source is known; {@code pronounForLead}: its "it"/"they" may be the lead clause's subject. */
  private record Planned(String clause, String verdict, String positiveClause, Pronoun own, boolean pronounForLead,
                         String leadClause) {}

  private static final TextMemo.Stage<List<Planned>> PLANS = new TextMemo.Stage<>("claim-text plans of a content");
  private final ExtractionLexicon lex;
  private final ReportFraming framing;
  private final ClauseCuts cuts;
  private final Ellipsis ellipsis;
  private final ConjunctSplitter splitter;
  private final Pattern speechParticiple;
  private final PositiveProposition positive;
  private final NegationOwner owner;
  private final ClaimTextFinish finish;
  private final java.util.Set<String> abbreviations;

  public ClaimTextBuilder(ExtractionLexicon lex, SourceDirectory directory) {
    this(lex, directory, new ConjunctSplitter(new NewsTokenizer(lex.abbreviations()), new PosTagger()));
  }

  public ClaimTextBuilder(ExtractionLexicon lex, SourceDirectory directory, ConjunctSplitter splitter) {
    this.lex = lex;
    this.splitter = splitter;
    this.framing = new ReportFraming(lex);
    List<String> cutters = List.copyOf(lex.words("claim_cutters"));
    this.cuts = new ClauseCuts(cutters, lex.words("negations"));
    this.ellipsis = new Ellipsis(new NewsTokenizer(lex.abbreviations()));
    // the participles of speech among the cutters (", adding", ", noting"): a content may start with one
    List<String> participles = cutters.stream().map(c -> c.replace(",", "").strip()).filter(c -> c.matches("\\p{L}+ing")).toList();
    this.speechParticiple = Pattern.compile("^(?i)(" + String.join("|", participles) + ")(\\s+that\\s+|\\s*[,:]\\s+)");
    this.positive = new PositiveProposition(lex);
    this.owner = new NegationOwner(lex, directory);
    this.finish = new ClaimTextFinish(new PhraseTail(new NewsTokenizer(lex.abbreviations()), splitter.tagger()),
        new NameShortener(lex, directory), new ThirdPerson(lex, splitter.tagger()));
    this.abbreviations = lex.abbreviations();
  }

  /** {@code clause} without a main-verb negation: what a stance is decided on when the negation is a third party's. */
  public String withoutMainVerbNegation(String clause) {
    return positive.of(clause);
  }

  /** The text of the content's first mention (see {@link #mentions}). */
  public String build(String content, FoundSource source) {
    return mentions(content, source).get(0).text();
  }

  /**
   * The mentions of a content, at least one: its first sentence, the clauses after its semicolons and a contrastive
   * clause cut off its end ("..., while others are not"; at most {@value #MAX_PARTS} parts), each split into its
   * conjoined propositions ({@link ConjunctSplitter}), each cleaned up as the class comment says. The first mention
   * is the content's first clause; a text may come out empty or a fragment, which the claim-shape filter judges.
   */
  public List<Mention> mentions(String content, FoundSource source) {
    return mentions(content, source, new TextMemo());
  }

  /**
   * The same, with what depends on the text alone kept in (and taken from) the article's {@code memo}: the clauses
   * of a content, and the steps of each claim text before and after the source's pronoun.
   */
  public List<Mention> mentions(String content, FoundSource source, TextMemo memo) {
    List<Mention> out = new ArrayList<>();
    for (Planned p : memo.get(PLANS, content, this::plan)) {
      boolean thirdParty = !p.positiveClause().equals(p.clause()) && (owner.isThirdParty(p.clause(), source)
          || p.pronounForLead() && owner.isThirdParty(p.leadClause(), source));
      out.add(new Mention(finish.finish(thirdParty ? p.clause() : p.positiveClause(), source, p.own() == Pronoun.SOURCE, memo),
          p.clause() + p.verdict(), thirdParty ? Negation.THIRD_PARTY : Negation.SOURCE));
    }
    return out;
  }

  /** The source-free part of {@link #mentions}: each mention's clause, verdict, positive clause and pronouns. */
  private List<Planned> plan(String content) {
    String s = TextCleaning.withoutQuotes(content).strip();
    boolean quoted = OpeningFurniture.opensWithQuote(content); // the speaker's own words (a function of the memo's key)
    List<Planned> out = new ArrayList<>();
    java.util.ArrayDeque<Pending> contrasts = new java.util.ArrayDeque<>();
    int sentences = 0;
    String previous = null; // the clause before: an elliptical one ("I'm not") takes its predicate
    for (int part = 0; part < MAX_PARTS && (!s.isEmpty() || !contrasts.isEmpty()) && out.size() < MAX_MENTIONS; part++) {
      String first;
      Pronoun inherited = Pronoun.FIRST_PERSON;
      if (!contrasts.isEmpty()) {
        Pending pending = contrasts.pop();
        first = pending.text();
        inherited = pending.pronoun();
      } else {
        int end = TextCleaning.firstSentenceEnd(s, MIN_FIRST_SENTENCE, abbreviations);
        int semicolon = s.indexOf("; ");
        boolean bySemicolon = semicolon > 0 && (end < 0 || semicolon < end);
        if (bySemicolon) end = semicolon; // "A; B": two clauses of their own
        first = end > 0 ? s.substring(0, TextCleaning.isQuestionEnd(s, end) ? end + 1 : end) : s; // a question keeps its mark
        s = end > 0 ? s.substring(end + 1).strip() : "";
        if (!bySemicolon) { // "... would do it. But it's not enough.": the second sentence qualifies the first
          String next = nextAnaphoricContrast(s);
          if (!next.isEmpty()) {
            first = first + ", but " + next.substring(4).strip();
            s = s.substring(next.length()).strip();
          }
        }
        if (!bySemicolon && ++sentences >= MAX_SENTENCES) s = "";
      }
      // "But it is not enough.", "Subsequently, ..."; a content's first clause: "and they won't"
      first = (part > 0 ? LEADING_CONJUNCTION : OPENING_CONJUNCTION).matcher(first).replaceFirst("");
      first = LeadingMarkers.strip(first);
      String verdict = "";
      if (part == 0) {
        first = speechParticiple.matcher(first).replaceFirst(""); // "adding that X", "noting, “X”": X is the content
        String unframed = framing.strip(first);
        boolean framed = !unframed.equals(first);
        first = unframed;
        if (first.startsWith("that ")) first = first.substring(5); // the cue's "that"; "That plan failed" keeps its "That"
        int verdictAt = TextCleaning.falsityVerdictStart(first, lex);
        if (!framed && TextCleaning.judgesOnly(first.substring(0, verdictAt), first.substring(verdictAt), lex)) {
          verdictAt = first.length(); // "the plan is wrong" judges a thing: an opinion of its own, no denial
        }
        verdict = first.substring(verdictAt); // " are false": the stance of the clause is decided with it
        first = first.substring(0, verdictAt);
      }
      int cut = cuts.clauseCut(first);
      String contrast = ClauseCuts.contrastAfter(first, cut);
      if (!contrast.isEmpty()) contrasts.push(new Pending(contrast, Pronoun.FIRST_PERSON));
      first = first.substring(0, cut);
      String leadClause = null; // "the board had received the plan and it did not object": "it" is the lead's subject
      for (ConjunctSplitter.Conjunct c : splitter.split(first)) {
        if (out.size() >= MAX_MENTIONS) break;
        int butAt = cuts.conjunctionCut(c.text());
        String clause = ellipsis.complete(c.text().substring(0, butAt), previous);
        previous = clause;
        String after = BUT.matcher(c.text().substring(butAt)).replaceFirst("").strip();
        Pronoun pronoun = !quoted && (inherited == Pronoun.SOURCE || part == 0 && c.subject() != ConjunctSplitter.Subject.OWN)
            ? Pronoun.SOURCE : Pronoun.FIRST_PERSON; // in the speaker's own quoted words "he"/"she" is someone else
        // "..., but the port has not paid": a clause of its own; "..., but has not paid": a predicate of the clause's subject
        String shared = after.isEmpty() ? after : splitter.withSubjectOf(clause, after);
        if (!after.isEmpty()) contrasts.addLast(new Pending(shared, shared.equals(after) ? Pronoun.FIRST_PERSON : pronoun));
        String unnegated = positive.of(clause);
        String positiveClause = NegRaising.complement(unnegated, clause);
        boolean pronounForLead = leadClause != null && c.subject() == ConjunctSplitter.Subject.OWN
            && owner.startsWithThirdPersonPronoun(clause);
        Pronoun own = positiveClause.equals(unnegated) ? pronoun : Pronoun.FIRST_PERSON; // a belief's complement
        out.add(new Planned(clause, verdict, positiveClause, own, pronounForLead, leadClause));
        if (leadClause == null) leadClause = clause;
      }
    }
    return List.copyOf(out);
  }

  /** The sentence opening {@code s} when it is "But" and an {@link AnaphoricContrast}, else "". */
  private String nextAnaphoricContrast(String s) {
    if (!s.regionMatches(true, 0, "but ", 0, 4)) return "";
    int end = TextCleaning.firstSentenceEnd(s, 1, abbreviations);
    String sentence = end > 0 ? s.substring(0, end + 1) : s;
    return AnaphoricContrast.is(sentence.substring(4)) ? sentence : "";
  }

  /**
   * {@code tokens} of a content without the answer words and discourse markers the claim text drops from its start,
   * so that the stance reads the clause the text was made from ({@link LeadingMarkers}).
   */
  public List<Token> withoutLeadingMarkers(List<Token> tokens) {
    return LeadingMarkers.withoutLeadingMarkers(tokens);
  }

  /**
   * True when the content is framed as the content of a report ("reports of a ferry strike", "news that ..."): such
   * a content states a claim even in nominal form.
   */
  public boolean isFramedAsReport(String content) {
    String s = TextCleaning.withoutQuotes(content).strip();
    return !framing.strip(s).equals(s);
  }

  /** Whether {@code text} opens with a report noun ("reports Kim is to open ..."): what it names is no one's own. */
  public boolean opensWithReportNoun(String text) {
    return framing.opensWithReportNoun(text);
  }

  /** True when the content only points back at an earlier claim ("it", "the report", "this information"). */
  public boolean isAnaphoric(String content) {
    return framing.pointsBack(content);
  }

}
