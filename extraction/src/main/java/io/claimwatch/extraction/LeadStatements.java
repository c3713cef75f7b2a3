package io.claimwatch.extraction;

import io.claimwatch.extraction.claim.WhTitles;
import io.claimwatch.extraction.text.Sentence;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The publisher's own statements of an article: its title whatever words it uses, and the first {@value
 * #LEAD_SENTENCES} body sentences of {@value #LEAD_MIN_WORDS}+ words that hold no attribution and no cue word (a
 * body sentence with a cue word but no attribution found is too uncertain to be the publisher's). A title's hearsay
 * "X said to V" becomes "X to V", its media label ("Video: X") and trailing credit ("X: Report") are dropped, and a "Why X ..."/"How X ..." title states
 * the clause it presupposes ({@link WhTitles#presupposed}). Not shared between runs.
 */
final class LeadStatements {
  private static final int LEAD_SENTENCES = 3;
  private static final int LEAD_MIN_WORDS = 8;

  /** Where a lead statement stands: the title or the body. */
  enum Place { TITLE, BODY }

  private final ArticleAnalyzer.Components c;
  private final String text;
  private final FoundSource publisher;

  LeadStatements(ArticleAnalyzer.Components c, String text, FoundSource publisher) {
    this.c = c;
    this.text = text;
    this.publisher = publisher;
  }

  /** The lead drafts of the sentences that none of {@code drafts} was found in. */
  List<Draft> unattributed(List<Sentence> sentences, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    int body = 0;
    for (Sentence s : sentences) {
      boolean title = s.paragraph() == 0;
      if (!title && (s.tokens().stream().filter(Token::isWord).count() < LEAD_MIN_WORDS || ++body > LEAD_SENTENCES)) continue;
      if (drafts.stream().anyMatch(d -> d.sentenceTokens == s.tokens())) continue;
      if (!title && c.rules().hasCue(s.tokens())) continue;
      out.add(draft(s, title ? Place.TITLE : Place.BODY));
    }
    return out;
  }

  /** The publisher's draft of sentence {@code s}. */
  Draft draft(Sentence s, Place place) {
    Draft d = new Draft();
    d.lead = true;
    d.source = publisher;
    d.content = s.span();
    d.cue = new TextSpan("", s.span().start(), s.span().start());
    d.contentTokens = s.tokens();
    d.sentenceTokens = s.tokens();
    if (place == Place.TITLE) {
      String withoutHearsay = c.rules().raising().withoutHearsay(text, s.tokens());
      String title = c.furniture().withoutCredit(
          c.furniture().withoutLabel(withoutHearsay != null ? withoutHearsay : s.span().text()));
      d.claimInput = WhTitles.presupposed(title); // "Why the pier closed" states "the pier closed"
    }
    return d;
  }
}
