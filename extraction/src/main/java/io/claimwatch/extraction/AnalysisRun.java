package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.MentionHistory;
import io.claimwatch.extraction.attribution.PersonMentions;
import io.claimwatch.extraction.attribution.RawAttribution;
import io.claimwatch.extraction.attribution.SourceResolver;
import io.claimwatch.extraction.attribution.SiteFurniture;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import io.claimwatch.extraction.text.Sentence;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis of one article (not shared between threads). Pass 1 walks the sentences in order, runs the cue rules
 * only on sentences with a cue word and resolves each source against the mentions seen so far; pass 2 adds
 * unattributed factual statements of the lead as the publisher's (a hearsay headline "X said to V" as "X to V", a
 * headline's media label and every sentence's "Read more" tail dropped: {@link SiteFurniture}); pass 3 turns contents into claim mentions and stances
 * in text order ({@link MentionDecisions}: one draft per mention, anaphoric contents such as "it" or "the report"
 * take the previous claim, a content that contains another attribution relays that one's claims), then origins.
 *
 * <p>Who speaks for whom is {@link SpeakerAffiliations}' (from the text, then from what earlier articles taught);
 * first-person speakers, relays and origins are {@link RelayOrigins}'.
 *
 * <p>Bounded whatever the input: the {@link ExtractionLimits} cap characters, sentences, tokens per sentence and
 * attributions (each cap that applies adds a note), every cross-sentence lookup is indexed (relays are searched within
 * their sentence, the previous claim in a sorted map), and the {@link Deadline} is checked per sentence and per
 * attribution.
 */
final class AnalysisRun {
  private final ArticleAnalyzer.Components c;
  private final String text;
  private final FoundSource publisher;
  private final MentionHistory history = new MentionHistory();
  private final PersonMentions persons;
  private final SpeakerAffiliations affiliations;
  private final List<Draft> drafts = new ArrayList<>();
  private final PartyMatcher parties;
  private final ExtractionLimits limits;
  private final Deadline deadline;
  private final List<String> notes = new ArrayList<>();
  private final MentionDecisions mentions;
  private final LeadStatements leads;

  AnalysisRun(ArticleAnalyzer.Components c, ArticleInput article, AffiliationMemory memory, ExtractionLimits limits,
              Deadline deadline) {
    this.c = c;
    this.persons = new PersonMentions(c.lexicon(), history);
    this.limits = limits;
    this.deadline = deadline;
    this.text = capped(article.text(), limits.maxChars(), notes);
    this.publisher = PublisherSource.of(article, c.directory());
    this.affiliations = new SpeakerAffiliations(c, text, history, persons, memory, article.id(), publisher.key());
    this.parties = new PartyMatcher(c.directory());
    this.mentions = new MentionDecisions(c, text, publisher);
    this.leads = new LeadStatements(c, text, publisher);
  }

  ArticleAnalysis run() {
    String title = text.indexOf('\n') < 0 ? text : text.substring(0, text.indexOf('\n'));
    List<Sentence> sentences = c.splitter().split(text, limits.maxTokensPerSentence()).stream()
        .map(s -> c.furniture().withoutReadMore(text, s)).map(s -> c.titleCaseWords().sentenceCased(s, title)).toList();
    long cut = sentences.stream().filter(s -> s.tokens().size() >= limits.maxTokensPerSentence()).count();
    if (cut > 0) notes.add(cut + " sentence(s) reached " + limits.maxTokensPerSentence() + " tokens and were cut into pieces");
    if (sentences.size() > limits.maxSentences()) {
      notes.add("analyzed the first " + limits.maxSentences() + " of " + sentences.size() + " sentences");
      sentences = sentences.subList(0, limits.maxSentences());
    }
    for (Sentence s : sentences) {
      deadline.check();
      findAttributions(s, sentences);
    }
    drafts.addAll(leads.unattributed(sentences, drafts));
    RelayOrigins.resolveFirstPerson(drafts);
    drafts.sort(Comparator.comparingInt((Draft d) -> d.content.start()).thenComparingInt(d -> d.cue.start()));
    RelayOrigins.markRelays(drafts);
    for (Draft d : drafts) {
      deadline.check();
      if (d.relayOf == null) mentions.decide(d);
    }
    for (Draft d : drafts) if (d.relayOf != null) mentions.decideRelay(d, drafts.size());
    drafts.removeIf(d -> d.stance == null);
    List<Draft> all = new ArrayList<>();
    for (Draft d : drafts) {
      all.add(d);
      all.addAll(d.otherMentions);
    }
    drafts.clear();
    drafts.addAll(all);
    Map<String, FoundClaim> unique = new LinkedHashMap<>();
    addClaims(0, unique, title.length());
    addTitleWithoutClaim(sentences, unique, title.length());
    RelayOrigins.assign(drafts, publisher);
    List<FoundAttribution> out = new ArrayList<>();
    for (Draft d : drafts) {
      boolean isClaim = d.claim != null && unique.containsKey(d.claim.claimId());
      out.add(new FoundAttribution(d.source, d.origin, d.sourceSpan, d.cue, d.content, d.stance.stance(),
          d.stance.confidence(), isClaim ? d.claim.claimId() : null, isClaim && parties.isParty(d.source, d.claim)));
    }
    return new ArticleAnalysis(sentences.stream().map(Sentence::span).toList(), List.copyOf(unique.values()), out, notes);
  }

  /** The first {@code max} characters of the text (not splitting a surrogate pair), noting the cut. */
  private static String capped(String text, int max, List<String> notes) {
    if (text.length() <= max) return text;
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    notes.add("analyzed the first " + end + " of " + text.length() + " characters");
    return text.substring(0, end);
  }

  private void findAttributions(Sentence s, List<Sentence> all) {
    List<Token> t = s.tokens();
    int seen = 0;
    affiliations.learnAppositions(t, 0, t);
    if (c.rules().hasCue(t)) {
      for (RawAttribution r : c.rules().find(t)) {
        if (drafts.size() >= limits.maxAttributions()) {
          if (notes.stream().noneMatch(n -> n.startsWith("kept the first"))) {
            notes.add("kept the first " + limits.maxAttributions() + " attributions");
          }
          break;
        }
        if (r.sourceStart() > seen) {
          addKnown(t, seen, r.sourceStart());
          persons.scan(text, t, seen, r.sourceStart());
        }
        seen = Math.max(seen, r.sourceStart());
        Draft d = new Draft();
        d.raw = r;
        d.sentenceTokens = t;
        int headStart = r.sourceStart();
        int headEnd = headEnd(t, r);
        if (headEnd - headStart == 1 && t.get(headStart).is("who")) {
          // "Mr. Roe, who said ...": the relative pronoun is the phrase before it
          int[] antecedent = c.rules().phraseBefore(t, headStart - 1);
          if (antecedent != null) {
            headStart = antecedent[0];
            headEnd = antecedent[1];
          }
        }
        d.source = c.resolver().resolve(text, t, headStart, headEnd, history, publisher.key());
        if (d.source.type() == SourceKind.UNKNOWN && r.cue().cueClass() == CueClass.REPORT && !SourceResolver.isUnresolved(d.source.key())) {
          d.source = new FoundSource(d.source.key(), d.source.name(), SourceKind.PUBLICATION, null, d.source.mention());
        }
        if (headEnd(t, r) < r.sourceEnd()) affiliations.learnAppositions(t.subList(r.sourceStart(), r.sourceEnd()), r.sourceStart(), t);
        SpeakerAffiliations.Affiliated affiliated = affiliations.affiliate(d.source, t, r.sourceStart(), r.sourceEnd());
        d.source = affiliated.source();
        d.speaksFor = affiliated.speaksFor();
        persons.noteSource(d.source);
        d.sourceSpan = span(t, r.sourceStart(), r.sourceEnd());
        if (r.citedStart() >= 0) d.cited = c.resolver().resolve(text, t, r.citedStart(), r.citedEnd(), history, publisher.key());
        d.cue = span(t, r.cueStart(), r.cueEnd());
        d.contentTokens = r.surroundsAttribution() ? SplitQuotes.joinedTokens(t, r) : new ArrayList<>(t.subList(r.contentStart(), r.contentEnd()));
        d.content = r.hasContent() ? extendOpenQuote(span(t, r.contentStart(), r.contentEnd()), s, all, d.contentTokens)
            : emptyAt(t, r.contentStart());
        boolean atToken = r.hasContent() && d.content.start() == t.get(r.contentStart()).start();
        if (atToken) d.claimInput = c.sourceSubject().claimInput(text, t, r, headStart, headEnd, d.source.type());
        if (r.surroundsAttribution()) d.claimInput = SplitQuotes.joinedText(text, d.contentTokens);
        history.addSource(d.source);
        drafts.add(d);
      }
    }
    addKnown(t, seen, t.size());
    persons.scan(text, t, seen, t.size());
  }

  /** The source phrase without its apposition: "Jane Roe" of "Jane Roe, a lawyer for the city,". */
  private static int headEnd(List<Token> t, RawAttribution r) {
    for (int k = r.sourceStart() + 1; k < r.sourceEnd(); k++) if (t.get(k).is(",")) return k;
    return r.sourceEnd();
  }

  /** A quote closed in this sentence but opened in an earlier one of the same paragraph covers both. */
  private TextSpan extendOpenQuote(TextSpan content, Sentence s, List<Sentence> all, List<Token> tokens) {
    String ct = content.text();
    boolean closesOnly = ct.endsWith("”") && ct.indexOf('“') < 0
        || ct.endsWith("\"") && ct.chars().filter(ch -> ch == '"').count() == 1;
    if (!closesOnly || content.start() != s.span().start()) return content;
    List<Token> earlier = new ArrayList<>();
    for (int k = s.index() - 1; k >= Math.max(0, s.index() - 3) && all.get(k).paragraph() == s.paragraph(); k--) {
      Sentence p = all.get(k);
      earlier.addAll(0, p.tokens());
      if (p.span().text().startsWith("“") || p.span().text().startsWith("\"")) {
        tokens.addAll(0, earlier);
        return TextSpan.of(text, p.span().start(), content.end());
      }
    }
    return content;
  }

  private void addKnown(List<Token> t, int from, int to) {
    int k = from;
    while (k < to) {
      if (!t.get(k).isWord() || !t.get(k).isCapitalized()) {
        k++;
        continue;
      }
      int e = k;
      while (e < to && t.get(e).isWord() && t.get(e).isCapitalized()) e++;
      FoundSource known = c.resolver().known(text, t, k, e);
      if (known != null) history.add(known);
      k = e;
    }
  }

  /**
   * A title sentence whose attributions gave no claim ("Harbor chief denies selfie": one word is no claim) is still
   * the headline's claim, the publisher's own, as an unattributed title is.
   */
  private void addTitleWithoutClaim(List<Sentence> sentences, Map<String, FoundClaim> unique, int titleEnd) {
    for (Sentence s : sentences) {
      if (s.paragraph() != 0) break;
      boolean attributed = drafts.stream().anyMatch(d -> d.sentenceTokens == s.tokens() && !d.lead);
      boolean claimed = unique.values().stream().anyMatch(fc -> fc.span().start() >= s.span().start()
          && fc.span().end() <= s.span().end());
      if (!attributed || claimed) continue;
      Draft d = leads.draft(s, LeadStatements.Place.TITLE);
      int made = mentions.claimsInOrder().size();
      mentions.decide(d);
      addClaims(made, unique, titleEnd);
      if (d.stance != null) {
        drafts.add(d);
        drafts.addAll(d.otherMentions);
      }
    }
  }

  /** The claims made from {@code from} on that are claims ({@link MentionDecisions#isClaim}), each id once, into {@code unique}. */
  private void addClaims(int from, Map<String, FoundClaim> unique, int titleEnd) {
    List<FoundClaim> made = mentions.claimsInOrder();
    for (int i = from; i < made.size(); i++) {
      FoundClaim fc = made.get(i);
      if (!unique.containsKey(fc.claimId()) && mentions.isClaim(fc, titleEnd)) unique.put(fc.claimId(), fc);
    }
  }

  /** An empty span where token {@code k} starts (after the last token when {@code k} is past it). */
  private TextSpan emptyAt(List<Token> t, int k) {
    int at = k < t.size() ? t.get(k).start() : t.get(t.size() - 1).end();
    return TextSpan.of(text, at, at);
  }

  private TextSpan span(List<Token> t, int start, int end) {
    return TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
  }
}
