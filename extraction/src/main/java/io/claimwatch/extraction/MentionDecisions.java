package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.ClaimTextBuilder;
import io.claimwatch.extraction.attribution.RawAttribution;
import io.claimwatch.extraction.attribution.StanceDecision;
import io.claimwatch.extraction.claim.CanonicalClaim;
import io.claimwatch.extraction.claim.MentionKey;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import io.claimwatch.extraction.text.Token;
import io.claimwatch.extraction.text.TextMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pass 3 of an {@link AnalysisRun}: the claim mentions and stances of its drafts, in text order. A content gets one
 * mention per proposition ({@link ClaimTextBuilder#mentions}), each further mention a draft of the same attribution;
 * an anaphoric content ("it", "the report") takes the previous content's first mention; a relay repeats the mentions
 * of the attribution it relays with stance REPORTS. Not shared between runs.
 */
final class MentionDecisions {
  /** Content longer than this is cut before it becomes a claim text (a claim is the content's first clause). */
  private static final int MAX_CLAIM_INPUT_CHARS = 2_000;
  private static final TextMemo.Stage<String> MENTION_KEYS = new TextMemo.Stage<>("mention key of a claim text");
  private final ArticleAnalyzer.Components c;
  private final String text;
  private final FoundSource publisher;
  private final List<FoundClaim> claimsInOrder = new ArrayList<>();
  /** Claims a headline or a report framing ("reports of a strike") states in nominal form, which is allowed. */
  private final Set<String> nominalClaims = new HashSet<>();
  /** Claims of the headline's own text (the publisher's lead), which must show a verb to be claims. */
  private final Set<String> headlineLeadClaims = new HashSet<>();
  private final Map<String, CanonicalClaim> canonicalCache = new HashMap<>();
  private final TreeMap<Integer, FoundClaim> claimsByStart = new TreeMap<>();
  private final Map<String, String> canonicalIds = new HashMap<>();
  /** Per-text results of this article's pure text tests (bodies repeat sentences, e.g. a denied claim's wording). */
  private final Map<String, Boolean> shapes = new HashMap<>();
  private final Map<String, Boolean> anaphoric = new HashMap<>();
  private final Map<String, Boolean> framedAsReport = new HashMap<>();
  private final TextMemo memo = new TextMemo();

  MentionDecisions(ArticleAnalyzer.Components c, String text, FoundSource publisher) {
    this.c = c;
    this.text = text;
    this.publisher = publisher;
  }

  /** Every mention made, in the order made. */
  List<FoundClaim> claimsInOrder() {
    return claimsInOrder;
  }

  /** Whether a claim may be stated without a verb (a content framed as a report, a headline's owned noun phrase). */
  boolean isNominal(String claimId) {
    return nominalClaims.contains(claimId);
  }

  /**
   * Whether a claim made is a claim: fragments, captions, questions and site furniture stay attributions but are no
   * claims. Each text is judged once per way of judging it (a report's content, the headline's own text, a title's
   * content, a body's text).
   */
  boolean isClaim(FoundClaim fc, int titleEnd) {
    boolean nominal = isNominal(fc.claimId());
    boolean title = fc.span().end() <= titleEnd;
    boolean lead = title && headlineLeadClaims.contains(fc.claimId());
    String key = (nominal ? "report:" : lead ? "lead:" : title ? "title:" : "body:") + fc.text();
    return shapes.computeIfAbsent(key, k -> nominal ? c.shapes().isReportedClaim(fc.text())
        : lead ? c.shapes().isHeadlineClaim(fc.text()) : c.shapes().isClaim(fc.text(), title));
  }

  /** Whether a content only points back at an earlier claim ({@link ClaimTextBuilder#isAnaphoric}), once per text. */
  private boolean isAnaphoric(String content) {
    return anaphoric.computeIfAbsent(content, t -> c.claimTexts().isAnaphoric(t));
  }

  /** Whether a content is framed as a report's ({@link ClaimTextBuilder#isFramedAsReport}), once per text. */
  private boolean isFramedAsReport(String content) {
    return framedAsReport.computeIfAbsent(content, t -> c.claimTexts().isFramedAsReport(t));
  }

  void decide(Draft d) {
    boolean anonymousCited = d.cited != null && d.cited.type() == SourceKind.ANONYMOUS;
    if (d.lead) {
      boolean headline = d.content.end() <= text.indexOf('\n');
      List<ClaimTextBuilder.Mention> all = c.claimTexts().mentions(claimInput(d.claimText()), publisher, memo);
      // a body sentence of the lead is the publisher's claim only where it has a predicate of the claim lexicon
      List<ClaimTextBuilder.Mention> ms = all.stream().filter(m -> headline || canonical(m.text()).predicate() != null).toList();
      if (ms.isEmpty()) {
        d.stance = null;
        return;
      }
      addMentions(d, d.content, ms, ms.size() == 1 && all.size() == 1, tokens -> {
        StanceDecision s = c.stance().classify(CueClass.SAY, false, false, false, false, tokens, SourceKind.PUBLICATION,
            false, true);
        return s.stance() == StanceLabel.CONFIRMS
            ? new StanceDecision(StanceLabel.CONFIRMS, c.lexicon().weight("unattributed.lead"), "unattributed.lead") : s;
      });
      if (headline) {
        if (d.claim != null) headlineLeadClaims.add(d.claim.claimId());
        d.otherMentions.stream().filter(x -> x.claim != null).forEach(x -> headlineLeadClaims.add(x.claim.claimId()));
      }
      return;
    }
    RawAttribution r = d.raw;
    Function<List<Token>, StanceDecision> stanceOf = tokens -> c.stance().classify(r.cue().cueClass(),
        r.cueNegated(), r.cueHedged(), r.neitherNor(), r.falsityCall(), tokens, d.source.type(), anonymousCited,
        d.source.key().equals(publisher.key()));
    if (!r.hasContent()) { // a content that is no clause (CueRules bounds contents to clauses): the attribution alone
      d.stance = stanceOf.apply(d.contentTokens);
      return;
    }
    FoundClaim previous = previousClaim(d.content.start());
    if (isAnaphoric(d.content.text())) {
      d.stance = stanceOf.apply(d.contentTokens);
      if (previous != null) {
        d.claim = previous;
        d.canonicalId = canonicalIds.get(previous.claimId());
        return;
      }
      if (r.sourceStart() >= 3) {
        TextSpan before = span(d.sentenceTokens, 0, r.sourceStart());
        addMentions(d, before, c.claimTexts().mentions(claimInput(before.text()), null, memo).subList(0, 1), true, stanceOf);
        return;
      }
    }
    List<ClaimTextBuilder.Mention> ms = c.claimTexts().mentions(claimInput(d.claimText()), d.source, memo);
    boolean framed = isFramedAsReport(d.content.text());
    boolean owned = false; // "Acme's plans to cut jobs": a named source's noun phrase, judged as a report's content
    if (d.content.end() <= text.indexOf('\n') && ms.size() == 1 && !framed) {
      ClaimTextBuilder.Mention m = ownedNominal(ms.get(0), d.source);
      owned = m != ms.get(0);
      ms = List.of(m);
    }
    addMentions(d, d.content, ms, ms.size() == 1, stanceOf);
    if (framed || owned) nominalClaims.add(d.claim.claimId());
  }

  /**
   * The claims of a content's mentions: the first is {@code d}'s, each further one a draft of the same attribution.
   * The stance is decided on the whole content when it has one mention, else on each mention's own clause.
   */
  private void addMentions(Draft d, TextSpan span, List<ClaimTextBuilder.Mention> ms, boolean wholeContent,
                           Function<List<Token>, StanceDecision> stanceOf) {
    for (int i = 0; i < ms.size(); i++) {
      ClaimTextBuilder.Mention m = ms.get(i);
      Draft x = i == 0 ? d : d.sameAttribution();
      String claimText = m.text();
      claim(x, canonical(claimText.isBlank() ? span.text() : claimText), claimText, span, i == 0);
      if (m.negation() == ClaimTextBuilder.Negation.THIRD_PARTY) {
        // the source reports what a third party did not do: its stance toward the clause as if it were not negated
        String positive = c.claimTexts().withoutMainVerbNegation(m.clause());
        x.stance = stanceOf.apply(c.tokenizer().tokenize(positive, 0, positive.length()));
      } else {
        x.stance = stanceOf.apply(wholeContent ? c.claimTexts().withoutLeadingMarkers(d.contentTokens) : c.tokenizer().tokenize(m.clause(), 0, m.clause().length()));
      }
      if (i > 0) d.otherMentions.add(x);
    }
  }

  /**
   * A headline's bare noun phrase is its named source's ("Acme denies plans to cut jobs" → "Acme's plans to cut
   * jobs"): without the owner the claim would not say whose plans they are; a gerund phrase gets its source as
   * subject ("Acme denies dumping waste" → "Acme dumping waste", {@link GerundSubjects}). Not when the phrase opens
   * with a name or the source is unnamed ("Officials deny truce").
   */
  private ClaimTextBuilder.Mention ownedNominal(ClaimTextBuilder.Mention m, FoundSource source) {
    // a noun phrase that opens with a name names its own participants ("denies Roe-Holm phone call"); in a title-cased
    // headline capitals say nothing
    boolean titleCase = c.canonicalizer().titleCase(text.substring(0, Math.max(0, text.indexOf('\n'))));
    if (m.text().isEmpty() || !titleCase && !Character.isLowerCase(m.text().charAt(0))) return m;
    if (c.claimTexts().opensWithReportNoun(m.text())) return m; // "denies reports Kim is to ...": not the source's reports
    boolean named = source.type() != SourceKind.ANONYMOUS && source.type() != SourceKind.PUBLICATION;
    if (!named || source.mention() == null || source.mention().text().isBlank()
        || !Character.isUpperCase(source.mention().text().charAt(0))) return m;
    String owner = source.mention().text();
    if (c.lexicon().in("anonymous_heads", owner.substring(owner.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))) return m;
    if (c.gerunds().opensWithGerund(m.text())) {
      return new ClaimTextBuilder.Mention(GerundSubjects.withSubject(owner, m.text()), m.clause(), m.negation());
    }
    String possessive = owner.endsWith("s") ? owner + "'" : owner + "'s";
    int ownerTokens = c.tokenizer().tokenize(possessive, 0, possessive.length()).size();
    String owned = possessive + " " + m.text();
    return c.shapes().isOwnedNominal(owned, ownerTokens) ? new ClaimTextBuilder.Mention(owned, m.clause(), m.negation()) : m;
  }

  /** {@code maxHops}: a bound on the relay chain (the number of drafts). */
  void decideRelay(Draft d, int maxHops) {
    Draft inner = d.relayOf;
    for (int hops = 0; inner.relayOf != null && hops < maxHops; hops++) inner = inner.relayOf;
    if (inner.claim == null) decide(inner);
    StanceDecision relay = new StanceDecision(StanceLabel.REPORTS, c.lexicon().weight("hedge"), "relay");
    d.claim = inner.claim;
    d.canonicalId = inner.canonicalId;
    d.stance = relay;
    for (Draft other : inner.otherMentions) {
      Draft x = d.sameAttribution();
      x.claim = other.claim;
      x.canonicalId = other.canonicalId;
      x.stance = relay;
      d.otherMentions.add(x);
    }
  }

  /** The claim starting last before {@code position} (of claims starting at the same place, the latest made). */
  private FoundClaim previousClaim(int position) {
    Map.Entry<Integer, FoundClaim> before = claimsByStart.lowerEntry(position);
    return before == null ? null : before.getValue();
  }

  private static String claimInput(String content) {
    if (content.length() <= MAX_CLAIM_INPUT_CHARS) return content;
    int end = Character.isHighSurrogate(content.charAt(MAX_CLAIM_INPUT_CHARS - 1)) ? MAX_CLAIM_INPUT_CHARS - 1 : MAX_CLAIM_INPUT_CHARS;
    return content.substring(0, end);
  }

  /** Canonical form, computed once per distinct claim text of this article (titles often repeat in the body). */
  private CanonicalClaim canonical(String claimText) {
    return canonicalCache.computeIfAbsent(claimText, t -> c.canonicalizer().canonicalize(t, memo));
  }

  /** Makes {@code d}'s claim; only a content's first mention is the claim a later anaphoric content points back at. */
  private void claim(Draft d, CanonicalClaim cc, String claimText, TextSpan span, boolean first) {
    FoundClaim fc = new FoundClaim(memo.get(MENTION_KEYS, claimText, MentionKey::of), claimText, cc.canonical(), cc.participants(), cc.predicate(), span);
    claimsInOrder.add(fc);
    if (first) claimsByStart.put(fc.span().start(), fc);
    d.claim = fc;
    d.canonicalId = cc.claimId();
    canonicalIds.put(fc.claimId(), cc.claimId());
  }

  private TextSpan span(List<Token> t, int start, int end) {
    return TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
  }
}
