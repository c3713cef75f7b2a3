package io.claimwatch.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final ExtractionLexicon lex = ExtractionLexicon.fromResources();
  private final SentenceSplitter splitter = new SentenceSplitter(new NewsTokenizer(lex.abbreviations()));

  private List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.span().text()).toList();
  }

  @Test
  void shouldKeepAbbreviationsInsideSentencesWhenSplitting() {
    assertThat(split("Gen. Smith met U.S. officials on Nov. 3 in St. Louis. They talked."))
        .containsExactly("Gen. Smith met U.S. officials on Nov. 3 in St. Louis.", "They talked.");
  }

  @Test
  void shouldEndSentenceAfterClosingQuoteWhenNextSentenceStarts() {
    assertThat(split("“We will win.” The mayor left. “Next?” she asked."))
        .containsExactly("“We will win.”", "The mayor left.", "“Next?” she asked.");
  }

  @Test
  void shouldOpenTheNextSentenceWithAStraightQuoteWhenASpaceSeparatesItFromThePeriod() {
    assertThat(split("The board denied the report. \"It is false,\" Roe said. \"We will win.\" She left."))
        .containsExactly("The board denied the report.", "\"It is false,\" Roe said.", "\"We will win.\"", "She left.");
    assertThat(split("''Can we win?'' she asked. ''I don't know.'' She left."))
        .containsExactly("''Can we win?'' she asked.", "''I don't know.''", "She left.");
  }

  @Test
  void shouldKeepDatelineWithItsSentenceWhenItHasAbbreviatedMonth() {
    assertThat(split("OSLO, Dec. 2 (Nordwire) – The ferry sank. Nobody was hurt."))
        .containsExactly("OSLO, Dec. 2 (Nordwire) – The ferry sank.", "Nobody was hurt.");
  }

  @Test
  void shouldSplitOnLineBreaksWhenTitleAndParagraphsHaveNoFinalPeriod() {
    List<Sentence> s = splitter.split("Title line\nFirst paragraph.\n\nSecond one");
    assertThat(s).extracting(x -> x.span().text()).containsExactly("Title line", "First paragraph.", "Second one");
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
  }

  @Test
  void shouldGiveOffsetsIntoTheOriginalTextWhenSplitting() {
    String text = "Intro.\nThe council said no. It rained.";
    for (Sentence s : splitter.split(text)) {
      TextSpan span = s.span();
      assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
  }

  @Test
  void shouldNotSplitAtStrayPeriodAfterSymbolWhenTextHasDebris() {
    assertThat(split("The council met, /. The Daily Planet said.")).hasSize(1);
  }
}
