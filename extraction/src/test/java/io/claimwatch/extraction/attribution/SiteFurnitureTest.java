package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Sentence;
import io.claimwatch.extraction.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteFurnitureTest {
  private static final ExtractionLexicon LEX = ExtractionLexicon.fromResources();
  private final SiteFurniture furniture = new SiteFurniture(LEX);

  @Test
  void shouldStripAMediaLabelWhenAHeadlineStartsWithOne() {
    assertThat(furniture.withoutLabel("VIDEO: Firefighters rescue kitten from drain"))
        .isEqualTo("Firefighters rescue kitten from drain");
    assertThat(furniture.withoutLabel("Pictured: the new harbour bridge at dawn")).isEqualTo("the new harbour bridge at dawn");
  }

  @Test
  void shouldKeepAColonPrefixWhenItIsNoMediaLabel() {
    assertThat(furniture.withoutLabel("Mayor: Budget will balance next year")).isEqualTo("Mayor: Budget will balance next year");
    assertThat(furniture.withoutLabel("Rumor: Bakery to close")).isEqualTo("Rumor: Bakery to close");
  }

  @Test
  void shouldDropATrailingCreditWhenAHeadlineEndsWithOne() {
    assertThat(furniture.withoutCredit("Bakery chain to close 40 stores: Sources")).isEqualTo("Bakery chain to close 40 stores");
    assertThat(furniture.withoutCredit("Harbour bridge to reopen in May: AP")).isEqualTo("Harbour bridge to reopen in May");
    assertThat(furniture.withoutCredit("Dam inspection found cracks: Regional Water Board"))
        .isEqualTo("Dam inspection found cracks");
  }

  @Test
  void shouldKeepATrailingColonTailWhenItIsAVerdictOrNoCredit() {
    assertThat(furniture.withoutCredit("Bakery chain will close 40 stores: Not True"))
        .isEqualTo("Bakery chain will close 40 stores: Not True");
    assertThat(furniture.withoutCredit("Pop star quits the tour UPDATE: Nope")).isEqualTo("Pop star quits the tour UPDATE: Nope");
    assertThat(furniture.withoutCredit("Stadium sale talks: Hoax")).isEqualTo("Stadium sale talks: Hoax");
    assertThat(furniture.withoutCredit("Mayor says: we will balance the budget"))
        .isEqualTo("Mayor says: we will balance the budget");
    assertThat(furniture.withoutCredit("Ferry fares rise: The Full List Of New Prices"))
        .isEqualTo("Ferry fares rise: The Full List Of New Prices");
    assertThat(furniture.withoutCredit("Budget vote: Council")).isEqualTo("Budget vote: Council");
    assertThat(furniture.withoutCredit("The moon landing story is a prank. Again: A Prank."))
        .isEqualTo("The moon landing story is a prank. Again: A Prank.");
  }

  @Test
  void shouldCutTheReadMoreTailWhenASentenceRepeatsItselfAfterIt() {
    String text = "Ferry service to resume on Monday Read more: Ferry service to resume on Monday";
    Sentence s = sentence(text);
    Sentence cut = furniture.withoutReadMore(text, s);
    assertThat(cut.span().text()).isEqualTo("Ferry service to resume on Monday");
    assertThat(cut.tokens()).hasSize(6);
  }

  @Test
  void shouldKeepASentenceWhenReadMoreIsPartOfWhatItSays() {
    String text = "Children who read more books sleep better, the study found.";
    Sentence s = sentence(text);
    assertThat(furniture.withoutReadMore(text, s)).isSameAs(s);
  }

  private static Sentence sentence(String text) {
    List<Sentence> all = new SentenceSplitter(new io.claimwatch.extraction.text.NewsTokenizer(LEX.abbreviations())).split(text, 200);
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
