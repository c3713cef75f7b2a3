package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contents of the cue rules bounded to a clause ({@link ClauseBounds}); sentences written for these tests. */
class ClauseBoundsTest {
  private static final ExtractionLexicon LEX = ExtractionLexicon.fromResources();
  private final CueRules rules = new CueRules(LEX);
  private final NewsTokenizer tokenizer = new NewsTokenizer(LEX.abbreviations());

  /** The content of the attribution whose cue is {@code cue}, tokens joined by spaces ("" when it has none). */
  private String content(String sentence, String cue) {
    List<Token> t = tokenizer.tokenize(sentence, 0, sentence.length());
    RawAttribution a = rules.find(t).stream().filter(r -> t.get(r.cueStart()).text().equals(cue)).findFirst().orElseThrow();
    return t.subList(a.contentStart(), a.contentEnd()).stream().map(Token::text).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an adjunct closed by a comma or colon: the content is the clause after it
      "The mayor said of the ferry plan, the harbor will need a new pier.|said|the harbor will need a new pier",
      "Ms. Vale wrote in a post on Sunday: the levy is far too high.|wrote|the levy is far too high",
      "The minister said in a radio interview, voters won't accept the cuts.|said|voters won't accept the cuts",
      // an adjunct and "that" after several commas: the "that" wins
      "Pell said during a visit to Dover, Del., that the depot would close.|said|the depot would close",
      // an adjunct without punctuation before a subject and an auxiliary
      "The coach said with some relief there had been no injuries.|said|there had been no injuries",
      // an infinitive or gerund of speech after a preposition
      "The senator responded by saying the audit was complete.|responded|the audit was complete",
      "The council tweeted to say the bridge had reopened.|tweeted|the bridge had reopened",
      // the object "it" and its adverbial before the clause
      "He said it again and again, the lighthouse is staying open.|said|the lighthouse is staying open",
      // the subject after a listener of "told"
      "Vale told the county board she would not run again.|told|she would not run again",
      "Vale told a packed hall at the Harbor Union's club that the levy would pass.|told|the levy would pass",
      // "about" before a number is no preposition
      "The agency said about 40 percent of the wells were dry.|said|about 40 percent of the wells were dry",
      // a topic that is an earlier claim stays (an anaphoric content)
      "The airline declined to comment on the report.|comment|on the report"})
  void shouldStartTheContentAtItsClauseWhenAnAdjunctOrListenerComesFirst(String sentence, String cue, String expected) {
    assertThat(content(sentence, cue)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a bare topic or adjunct: no clause
      "The reporters asked about the harbor levy.|asked",
      "Vale declined to comment on the ferry contract.|comment",
      "Pell wrote in March.|wrote",
      // a directive to a listener: no proposition of the source's
      "The chief told the night crews to leave the dock.|told",
      "Vale called on the mayor to resign.|called",
      // an adjunct whose comma is followed by a list or a participle, not a clause
      "The board commented on the cost, timing or scope of the repairs.|commented",
      "The union responded on its website, calling the offer an insult.|responded",
      // a relative clause without "that": the content lacks what the noun fills
      "The report lists the savings it said the merger would bring.|said",
      "The audit questions what Vale says the levy would raise.|says",
      "The levy was something a clerk told the council before the vote.|told",
      "Pell asked the harbor master, a former pilot, to inspect the pier.|asked",
      // a quote that closed before the content, then another attribution
      "“Few knew of the leak at the time; she wrote about it after she retired,” the memoir said.|wrote",
      // a label without a falsity word: a small clause with no verb
      "Vale called it “reckless” in a speech.|called",
      // a date's year after its comma opens no clause
      "Pell wrote to the board in a June 4, 2019 memo on the pier repairs.|wrote"})
  void shouldLeaveTheContentEmptyWhenItIsNoClause(String sentence, String cue) {
    assertThat(content(sentence, cue)).isEmpty();
  }

  @Test
  void shouldKeepTheTopicAsTheContentWhenAReportCueTakesIt() {
    assertThat(content("The Gazette reported on the secret sale of the old pier.", "reported"))
        .isEqualTo("on the secret sale of the old pier");
    assertThat(content("The Gazette reported on Tuesday that the pier was sold.", "reported")).isEqualTo("the pier was sold");
  }

  @Test
  void shouldFindNoSourceWhenTheCueIsPassiveWithoutAnAgent() {
    assertThat(cues("The mayor was asked about the secret sale of the old pier.")).doesNotContain("asked");
    assertThat(cues("Berg has since been told that the pier is closed.")).doesNotContain("told");
    assertThat(cues("The race was called for Roe late on Tuesday.")).doesNotContain("called");
    assertThat(cues("The mayor was saying that the pier is safe.")).as("a progressive is active").contains("saying");
    assertThat(cues("It was reported by the Harbor Times that the mayor resigned.")).as("the agent is the source")
        .contains("reported");
  }

  /** The cue words of the attributions found in {@code sentence}. */
  private List<String> cues(String sentence) {
    List<Token> t = tokenizer.tokenize(sentence, 0, sentence.length());
    return rules.find(t).stream().map(r -> t.get(r.cueStart()).text()).toList();
  }

  @Test
  void shouldEndTheContentAtTheCommaWhenTheCueIsInASentenceInitialSubordinateClause() {
    assertThat(content("When the survey asked voters about the levy, most of them opposed it.", "asked")).isEmpty();
    assertThat(content("Although Pell says the pier is safe, the inspectors closed it.", "says"))
        .isEqualTo("the pier is safe");
  }

  @Test
  void shouldEndTheContentAtTheCommaWhenTheSourceIsARelativeWho() {
    assertThat(content("The harbor master, who said the cranes were unsafe, resigned on Friday.", "said"))
        .isEqualTo("the cranes were unsafe");
  }

  @Test
  void shouldStartAfterTheCommaWhenAnAccordingToSourceRunsOverPunctuation() {
    assertThat(content("According to a Harbor/Coast poll out Monday, the levy has the support of most voters.", "According"))
        .isEqualTo("the levy has the support of most voters");
  }

  @Test
  void shouldTakeTheQuoteBeforeWhenOnlyAToAdjunctFollowsTheCue() {
    assertThat(content("“The levy is fair,” Vale wrote to the council in a letter.", "wrote")).isEqualTo("“ The levy is fair , ”");
  }

  @Test
  void shouldKeepTheContentWhenItFollowsThatOrAQuote() {
    assertThat(content("Pell said that the pier is safe.", "said")).isEqualTo("the pier is safe");
    assertThat(content("As Vale said in May, the levy is fair.", "said")).isEqualTo("the levy is fair");
  }

  @Test
  void shouldKeepTheSourceWhenTheContentIsEmpty() {
    String s = "The reporters asked about the harbor levy.";
    List<Token> t = tokenizer.tokenize(s, 0, s.length());
    RawAttribution a = rules.find(t).getFirst();
    assertThat(a.hasContent()).isFalse();
    assertThat(t.subList(a.sourceStart(), a.sourceEnd()).stream().map(Token::text).toList()).containsExactly("The", "reporters");
  }
}
