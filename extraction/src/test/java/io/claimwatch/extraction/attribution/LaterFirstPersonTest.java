package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

/** A speaker's "I" in a claim text becomes their name, with a verb that agrees ({@link ThirdPerson}). */
class LaterFirstPersonTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.empty());
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);

  private java.util.List<String> texts(String content, FoundSource source) {
    return builder.mentions(content, source).stream().map(ClaimTextBuilder.Mention::text).toList();
  }

  @Test
  void shouldNameTheSpeakerWhenALaterIIsTheirs() {
    assertThat(texts("the plan, as I see it, works for the harbor", mayor)).containsExactly("the plan, as Lena Ortiz sees it, works for the harbor");
    assertThat(texts("I'm sure I've seen the ledger", mayor)).containsExactly("Lena Ortiz is sure Lena Ortiz has seen the ledger");
    assertThat(texts("if I did, it would be a smart move", mayor)).containsExactly("if Lena Ortiz did, it would be a smart move");
  }

  @Test
  void shouldNameTheSpeakerWhenASourceOfUnknownKindSaysI() {
    FoundSource surname = new FoundSource("ortiz", "Ortiz", SourceKind.UNKNOWN, null, null);
    FoundSource notAName = new FoundSource("you-may", "You may", SourceKind.UNKNOWN, null, null);
    assertThat(builder.build("I support the ferry levy", surname)).isEqualTo("Ortiz supports the ferry levy");
    assertThat(builder.build("I back the ferry levy", notAName)).isEqualTo("I back the ferry levy");
    assertThat(builder.build("it backs the ferry levy", surname)).isEqualTo("it backs the ferry levy");
  }

  @Test
  void shouldKeepALaterIWhenItIsInvertedInAQuestion() {
    assertThat(texts("so the question is, do I think the fares are fair", mayor)).allMatch(t -> t.contains("do I think"));
  }

  @Test
  void shouldNameTheSpeakerWhenTheSubjectIsAPronounWithAContractedAuxiliary() {
    assertThat(builder.build("she's been to the pier twice", mayor)).isEqualTo("Lena Ortiz has been to the pier twice");
    assertThat(builder.build("she's tired of the fees", mayor)).isEqualTo("Lena Ortiz is tired of the fees");
    assertThat(builder.build("she's backed the plan for years", mayor)).isEqualTo("Lena Ortiz has backed the plan for years");
    assertThat(builder.build("she'll vote for the levy", mayor)).isEqualTo("Lena Ortiz will vote for the levy");
  }

  @Test
  void shouldMakeTheVerbAgreeWhenAnAdverbStandsBetweenTheSpeakerAndIt() {
    assertThat(builder.build("I completely disagree with the harbor board", mayor)).isEqualTo("Lena Ortiz completely disagrees with the harbor board");
    assertThat(builder.build("I firmly believe the pier should stay open", mayor)).isEqualTo("Lena Ortiz firmly believes the pier should stay open");
  }

  @Test
  void shouldKeepTheVerbWhenItsPastIsItsBaseForm() {
    assertThat(builder.build("I cut the ferry budget in May", mayor)).isEqualTo("Lena Ortiz cut the ferry budget in May");
    assertThat(builder.build("I had a plan for the pier", mayor)).isEqualTo("Lena Ortiz had a plan for the pier");
  }

  @Test
  void shouldReadApostropheSAsHasWhenAnUnmarkedParticipleWithAnObjectFollows() {
    assertThat(builder.build("she's told the council the same thing twice", mayor)).isEqualTo("Lena Ortiz has told the council the same thing twice");
  }
}
