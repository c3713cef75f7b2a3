package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaisingTest {
  private static final ExtractionLexicon LEX = ExtractionLexicon.fromResources();
  private final NewsTokenizer tokenizer = new NewsTokenizer(LEX.abbreviations());
  private final Raising raising = new Raising(LEX);

  private List<Token> tokens(String s) {
    return tokenizer.tokenize(s, 0, s.length());
  }

  private int index(List<Token> t, String word) {
    for (int i = 0; i < t.size(); i++) if (t.get(i).is(word)) return i;
    throw new AssertionError(word);
  }

  @Test
  void shouldDropTheHearsayCueWhenAHeadlineSaysXSaidToV() {
    String s = "Bakery chain said to open twelve stores in Leeds";
    assertThat(raising.withoutHearsay(s, tokens(s))).isEqualTo("Bakery chain to open twelve stores in Leeds");
  }

  @Test
  void shouldDropTheBeFormWithTheCueWhenXIsBelievedToV() {
    String s = "The missing hiker is believed to be sheltering in a cave";
    assertThat(raising.withoutHearsay(s, tokens(s))).isEqualTo("The missing hiker to be sheltering in a cave");
  }

  @Test
  void shouldTreatAPastParticipleAfterSaidAsHearsayWhenAPrepositionFollows() {
    String s = "Ferry captain said detained by coast guard";
    assertThat(raising.withoutHearsay(s, tokens(s))).isEqualTo("Ferry captain detained by coast guard");
  }

  @Test
  void shouldKeepASpeakerWhenAPronounSaysToDoSomething() {
    String s = "She said to wait by the gate";
    assertThat(raising.isHearsay(tokens(s), 1)).isFalse();
    assertThat(raising.withoutHearsay(s, tokens(s))).isNull();
  }

  @Test
  void shouldKeepAnOrdinarySaidWhenItsContentIsAClause() {
    String s = "The mayor said armed guards would patrol the market";
    assertThat(raising.withoutHearsay(s, tokens(s))).isNull();
  }

  @Test
  void shouldTreatActiveClaimedToAsTheSubjectsOwnClaim() {
    List<Token> t = tokens("The rebels claimed to have seized the airport");
    int cue = index(t, "claimed");
    assertThat(raising.isHearsay(t, cue)).isFalse();
    assertThat(raising.isSubjectRaising(t, cue)).isTrue();
  }

  @Test
  void shouldMakeTheSourceTheSubjectWhenXClaimsToHaveDoneSomething() {
    String s = "Local angler claims to have caught a record pike";
    List<Token> t = tokens(s);
    int cue = index(t, "claims");
    assertThat(raising.raised(s, t, 0, cue, cue, t.size())).isEqualTo("Local angler has caught a record pike");
  }

  @Test
  void shouldAgreeWithAPluralSourceWhenTheCueIsBaseForm() {
    String s = "Two climbers claim to be the first on the summit";
    List<Token> t = tokens(s);
    int cue = index(t, "claim");
    assertThat(raising.raised(s, t, 0, cue, cue, t.size())).isEqualTo("Two climbers are the first on the summit");
  }

  @Test
  void shouldInflectTheVerbForAThirdPersonSubjectWhenNoAuxiliaryFollows() {
    String s = "Startup claims to fix every leaky tap";
    List<Token> t = tokens(s);
    int cue = index(t, "claims");
    assertThat(raising.raised(s, t, 0, cue, cue, t.size())).isEqualTo("Startup fixes every leaky tap");
    assertThat(ThirdPerson.sForm("carry")).isEqualTo("carries");
    assertThat(ThirdPerson.sForm("play")).isEqualTo("plays");
  }

  @Test
  void shouldKeepTheSpeakerWhenSaidToIntroducesTheListener() {
    for (String s : List.of("Governor Roe said to the farmers that prices would rise",
        "Councillor Diaz said to cheers that the pool stays open", "Mr. Park reported to the board on Monday")) {
      List<Token> t = tokens(s);
      assertThat(raising.isHearsay(t, index(t, t.stream().anyMatch(k -> k.is("said")) ? "said" : "reported")))
          .as(s).isFalse();
    }
  }
}
