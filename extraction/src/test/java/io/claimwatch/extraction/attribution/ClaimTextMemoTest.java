package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.text.TextMemo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's {@link TextMemo} shared by the mentions of its contents changes no mention, whatever the source. */
class ClaimTextMemoTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.empty());
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);
  private final FoundSource port = new FoundSource("port-authority", "Port Authority", SourceKind.ORGANIZATION, null, null);
  private final FoundSource people = new FoundSource("anonymous-people", "people", SourceKind.ANONYMOUS, null, null);

  @Test
  void shouldGiveTheSameMentionsWithAMemoSharedAcrossSources() {
    List<String> contents = List.of("she will resign next week", "I'm sure I've seen the ledger",
        "we did not sell the pier, but the council has not paid", "the officials did not object to the plan",
        "it will reopen the terminal. But it's not enough", "she will resign next week");
    TextMemo memo = new TextMemo();
    for (FoundSource source : java.util.Arrays.asList(mayor, port, people, null, mayor)) {
      for (String content : contents) {
        assertThat(builder.mentions(content, source, memo)).as(content + " / " + source)
            .isEqualTo(builder.mentions(content, source));
      }
    }
  }

  @Test
  void shouldKeepTheQuoteOpeningRuleWithAMemoSharedAcrossQuotedAndReportedContents() {
    // the same words quoted (the speaker's own: "she" is someone else) and reported ("she" is the source), one memo
    List<String> contents = List.of("“She will reopen the pier in May”", "she will reopen the pier in May",
        "“I will reopen the pier in May”", "\"He has never sailed a ferry\"", "he has never sailed a ferry",
        "<post id=12>PORT TOWN, Maine, May 4 (UPI) — she will reopen the pier in May");
    TextMemo memo = new TextMemo();
    for (FoundSource source : java.util.Arrays.asList(mayor, null, mayor, port)) {
      for (String content : contents) {
        assertThat(builder.mentions(content, source, memo)).as(content + " / " + source)
            .isEqualTo(builder.mentions(content, source));
      }
    }
    assertThat(builder.mentions("“She will reopen the pier in May”", mayor, memo).get(0).text())
        .isEqualTo("She will reopen the pier in May");
    assertThat(builder.mentions("she will reopen the pier in May", mayor, memo).get(0).text())
        .isEqualTo("Lena Ortiz will reopen the pier in May");
    assertThat(builder.mentions("“I will reopen the pier in May”", mayor, memo).get(0).text())
        .isEqualTo("Lena Ortiz will reopen the pier in May");
    assertThat(builder.mentions("<post id=12>PORT TOWN, Maine, May 4 (UPI) — she will reopen the pier in May", mayor, memo)
        .get(0).text()).isEqualTo("Lena Ortiz will reopen the pier in May");
  }

  @Test
  void shouldComputeEachTextOncePerStageAndKeepNull() {
    TextMemo memo = new TextMemo();
    TextMemo.Stage<Integer> length = new TextMemo.Stage<>("length");
    TextMemo.Stage<Integer> none = new TextMemo.Stage<>("none");
    int[] calls = new int[1];
    for (int i = 0; i < 3; i++) {
      assertThat(memo.get(length, "harbor", t -> ++calls[0] * 0 + t.length())).isEqualTo(6);
      assertThat(memo.get(none, "harbor", t -> { calls[0]++; return null; })).isNull();
    }
    assertThat(calls[0]).isEqualTo(2);
  }
}
