package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.AffiliationFinder;
import io.claimwatch.extraction.attribution.MentionHistory;
import io.claimwatch.extraction.attribution.PersonMentions;
import io.claimwatch.extraction.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who speaks for whom in one article run: affiliations stated in the text ({@link AffiliationFinder}: "Harbor
 * Authority spokeswoman Mira Holm", "Piet Vos, the council's spokesman,", "a spokeswoman for the ministry"), carried
 * through the article by person key, then what earlier articles taught ({@link AffiliationMemory}), then the operator's
 * source table. Every affiliation the article states is taught back to the memory with the article as provenance;
 * learned organizations become mentions, so "the company" later resolves to them.
 */
final class SpeakerAffiliations {
  private final ArticleAnalyzer.Components c;
  private final String text;
  private final MentionHistory history;
  private final PersonMentions persons;
  private final AffiliationMemory memory;
  private final String articleId;
  private final String publisherKey;
  private final Map<String, FoundSource> speaksFor = new HashMap<>();

  /** A source after affiliation: maybe replaced by its organization, and whom it speaks for (or null). */
  record Affiliated(FoundSource source, FoundSource speaksFor) {}

  SpeakerAffiliations(ArticleAnalyzer.Components c, String text, MentionHistory history, PersonMentions persons,
      AffiliationMemory memory, String articleId, String publisherKey) {
    this.c = c;
    this.text = text;
    this.history = history;
    this.persons = persons;
    this.memory = memory;
    this.articleId = articleId;
    this.publisherKey = publisherKey;
  }

  /** "NAME, the ORG's spokesman," in tokens {@code part} (starting at {@code offset} of {@code t}): NAME speaks for ORG. */
  void learnAppositions(List<Token> part, int offset, List<Token> t) {
    for (AffiliationFinder.Stated found : c.affiliations().appositions(part)) {
      AffiliationFinder.Stated st = new AffiliationFinder.Stated(found.personStart() + offset, found.personEnd() + offset,
          found.orgStart() + offset, found.orgEnd() + offset);
      FoundSource person = c.resolver().resolve(text, t, st.personStart(), st.personEnd(), history, publisherKey);
      if (person.type() != SourceKind.PERSON && person.type() != SourceKind.UNKNOWN) continue;
      person = new FoundSource(person.key(), person.name(), SourceKind.PERSON, person.affiliation(), person.mention());
      FoundSource org = c.resolver().organization(text, t, st.orgStart(), st.orgEnd(), history);
      if (org.key().equals(person.key())) continue;
      teach(person, org);
      persons.noteSource(person);
      history.add(person);
    }
  }

  /**
   * Who the draft's source speaks for: an affiliation stated in the mention itself ("Kremlin spokesman X"; a mention
   * without a name, "a spokeswoman for the ministry", makes the organization the source), else one stated earlier in
   * the article, else one an earlier article taught, else the operator's source table.
   */
  Affiliated affiliate(FoundSource source, List<Token> t, int start, int end) {
    AffiliationFinder.Stated st = c.affiliations().inMention(t, start, end);
    FoundSource org = null;
    if (st != null) {
      FoundSource stated = c.resolver().organization(text, t, st.orgStart(), st.orgEnd(), history);
      if (!st.namesPerson() || source.type() != SourceKind.PERSON) {
        TextSpan mention = TextSpan.of(text, t.get(start).start(), t.get(end - 1).end());
        return new Affiliated(new FoundSource(stated.key(), stated.name(), stated.type(), stated.affiliation(), mention), null);
      }
      if (!stated.key().equals(source.key())) {
        teach(source, stated);
        org = stated;
      }
    } else if (source.type() == SourceKind.PERSON) {
      org = speaksFor.get(source.key());
      if (org == null) org = memory.lookup(source.key()).map(LearnedAffiliation::organization).orElse(null);
      if (org == null) org = c.resolver().speaksFor(source);
      if (org != null) speaksFor.putIfAbsent(source.key(), org);
    }
    FoundSource withAffiliation = org != null && source.affiliation() == null
        ? new FoundSource(source.key(), source.name(), source.type(), org.name(), source.mention()) : source;
    return new Affiliated(withAffiliation, org);
  }

  private void teach(FoundSource person, FoundSource org) {
    speaksFor.put(person.key(), org);
    memory.learn(person.key(), new FoundSource(org.key(), org.name(), org.type(), null, null), articleId);
    history.add(org);
  }
}
