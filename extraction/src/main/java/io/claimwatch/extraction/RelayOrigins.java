package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.SourceResolver;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The passes of an {@link AnalysisRun} over all of its drafts that decide who a source really is and where a report
 * comes from: first-person speakers, relays (who relayed whom) and origins, with {@link RelayChain} for "X, citing Y"
 * chains. Stateless.
 */
final class RelayOrigins {
  private static final int FIRST_PERSON_REACH = 400;

  private RelayOrigins() {}

  /**
   * "I" and "we" are the quoted speaker: the attribution whose content holds the pronoun, else the next one in the
   * following few hundred characters (a quote's speaker is often named after it). A first-person source with no speaker
   * stays an unidentified speaker, never the pronoun.
   */
  static void resolveFirstPerson(List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.lead || !d.source.key().equals(SourceResolver.FIRST_PERSON_KEY)) continue;
      Draft speaker = null;
      Draft enclosing = null;
      for (Draft e : drafts) {
        if (e == d || e.lead || e.source.key().equals(SourceResolver.FIRST_PERSON_KEY)) continue;
        boolean encloses = e.content.start() <= d.sourceSpan.start() && d.sourceSpan.end() <= e.content.end();
        boolean follows = e.cue.start() > d.sourceSpan.end() && e.cue.start() - d.sourceSpan.end() < FIRST_PERSON_REACH;
        if (encloses && (enclosing == null || e.content.end() - e.content.start() < enclosing.content.end() - enclosing.content.start())) {
          enclosing = e;
        }
        if (follows && (speaker == null || e.cue.start() < speaker.cue.start())) speaker = e;
      }
      if (enclosing != null) speaker = enclosing;
      if (speaker == null) continue;
      boolean plural = d.sourceSpan.text().equalsIgnoreCase("we") || d.sourceSpan.text().equalsIgnoreCase("us");
      FoundSource who = plural && speaker.speaksFor != null ? speaker.speaksFor : speaker.source;
      d.source = new FoundSource(who.key(), who.name(), who.type(), who.affiliation(), d.sourceSpan);
      d.speaksFor = plural ? null : speaker.speaksFor;
    }
  }

  /** A draft whose content holds the cue of another relays it ("X said Y reported ..."). */
  static void markRelays(List<Draft> drafts) {
    // within each sentence only (a relay never crosses one), so the pairs checked stay linear in the article
    java.util.Map<List<io.claimwatch.extraction.text.Token>, List<Draft>> bySentence = new java.util.IdentityHashMap<>();
    for (Draft d : drafts) bySentence.computeIfAbsent(d.sentenceTokens, k -> new java.util.ArrayList<>()).add(d);
    for (Draft a : drafts) {
      for (Draft b : bySentence.get(a.sentenceTokens)) {
        if (a != b && !a.lead && !b.lead && b.relayOf == null && a.sentenceTokens == b.sentenceTokens
            && a.content.start() <= b.cue.start() && b.cue.end() <= a.content.end()
            && !a.source.key().equals(b.source.key())) {
          // "according to the Harbor Times, Nordwire reported X": the outer source is where the inner one has it from.
          if (a.raw.cue().cueClass() == CueClass.ACCORDING && b.cited == null) b.cited = a.source;
          a.relayOf = b;
        }
      }
    }
  }

  /**
   * Origins: a named citation through its chain, anonymous sources the first other outlet, a spokesperson the
   * organization, a relay whoever the relayed source has it from, the publisher's lead statement the origin of the
   * article's attribution with the same claim.
   */
  static void assign(List<Draft> drafts, FoundSource publisher) {
    Draft firstPublication = drafts.stream().filter(d -> !d.lead && d.source.type() == SourceKind.PUBLICATION
        && !d.source.key().equals(publisher.key())).findFirst().orElse(null);
    Map<String, FoundSource> citedBy = new HashMap<>();
    for (Draft d : drafts) if (isNamedCitation(d)) citedBy.putIfAbsent(d.source.key(), d.cited);
    for (Draft d : drafts) {
      if (isNamedCitation(d)) {
        d.origin = RelayChain.origin(d.cited, citedBy);
      } else if (d.source.type() == SourceKind.ANONYMOUS && firstPublication != null) {
        d.origin = RelayChain.origin(firstPublication.source, citedBy);
      } else if (d.speaksFor != null) {
        // A person the text (or an earlier article) makes the voice of an organization speaks as that organization:
        // "Harbor Authority spokeswoman Holm" and "the Harbor Authority" are one origin, not two.
        d.origin = d.speaksFor;
      }
    }
    for (Draft d : drafts) {
      if (d.relayOf == null || d.origin != null) continue;
      // "the Coast Daily said Nordwire reported X": the Daily relays Nordwire (or whoever TASS has it from).
      Draft inner = d.relayOf;
      for (int hops = 0; inner.relayOf != null && hops < drafts.size(); hops++) inner = inner.relayOf;
      FoundSource from = inner.origin != null ? inner.origin : RelayChain.origin(inner.source, citedBy);
      if (!from.key().equals(d.source.key()) && !SourceResolver.isUnresolved(from.key())) d.origin = from;
    }
    for (Draft d : drafts) {
      if (!d.lead) continue;
      Draft same = drafts.stream().filter(o -> !o.lead && d.canonicalId.equals(o.canonicalId)
          && o.stance.stance() != StanceLabel.DENIES && !o.source.key().equals(publisher.key())).findFirst().orElse(null);
      if (same == null && d.claim.predicate() != null) {
        same = drafts.stream().filter(o -> !o.lead && o.source.type() == SourceKind.PUBLICATION
            && !o.source.key().equals(publisher.key()) && o.stance.stance() == StanceLabel.CONFIRMS
            && o.claim != null && d.claim.predicate().equals(o.claim.predicate())).findFirst().orElse(null);
      }
      if (same != null) d.origin = same.origin != null ? same.origin : same.source;
    }
  }

  private static boolean isNamedCitation(Draft d) {
    return d.cited != null && d.cited.type() != SourceKind.ANONYMOUS && !SourceResolver.isUnresolved(d.cited.key())
        && !d.cited.key().equals(d.source.key());
  }
}
