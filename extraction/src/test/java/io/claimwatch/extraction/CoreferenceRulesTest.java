package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, titles and pronouns resolve to the person introduced earlier; a source is never a pronoun. */
class CoreferenceRulesTest {

  @Test
  void shouldResolveSurnameToTheFullNameWhenIntroducedEarlierAsASource() {
    List<FoundAttribution> all = attributions("Tomas Rey said the road was open. Rey added that snow was expected.");
    assertThat(all.get(1).source().name()).isEqualTo("Tomas Rey");
    assertThat(all.get(1).source().key()).isEqualTo(all.get(0).source().key());
  }

  @Test
  void shouldResolveSurnameToTheFullNameWhenIntroducedWithATitleOutsideAnyAttribution() {
    List<FoundAttribution> all = attributions("Governor Ada Lind visited the dam on Monday. Lind said the dam was safe.");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).source().name()).isEqualTo("Ada Lind");
  }

  @Test
  void shouldResolveTitleAndSurnameToTheFullNameWhenIntroducedEarlier() {
    List<FoundAttribution> all = attributions("Tomas Rey said the road was open. Mayor Rey added that snow was expected.");
    assertThat(all.get(1).source().key()).isEqualTo(all.get(0).source().key());
  }

  @Test
  void shouldResolveTheLatterToThePersonNamedLastWhenTwoWereNamed() {
    List<FoundAttribution> all = attributions(
        "Governor Ada Lind met Mayor Tomas Rey on Monday. The latter told reporters that the road was open.");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).source().name()).isEqualTo("Tomas Rey");
  }

  @Test
  void shouldResolveIInsideAQuoteToTheQuotedSpeakerWhenSpeakerFollows() {
    List<FoundAttribution> all = attributions("“I think the road will reopen,” Tomas Rey said.");
    assertThat(all).isNotEmpty().allMatch(a -> a.source().name().equals("Tomas Rey"));
  }

  @Test
  void shouldResolveIToTheSpeakerWhenTheQuoteFollowsTheCue() {
    List<FoundAttribution> all = attributions("Tomas Rey said: “I told them the road was open.”");
    assertThat(all).isNotEmpty().allMatch(a -> a.source().name().equals("Tomas Rey"));
  }

  @Test
  void shouldNeverNameASourceAfterAPronounWhenNobodyWasNamed() {
    List<FoundAttribution> all = attributions("He said the road was open. I think it will snow.");
    assertThat(all).isNotEmpty();
    assertThat(all).allMatch(a -> !a.source().name().equalsIgnoreCase("he") && !a.source().name().equalsIgnoreCase("i"));
  }

  @Test
  void shouldMakeTheNamedListenerTheSubjectWhenTheContentIsADirectiveToThem() {
    ArticleAnalysis analysis = Analyses.analyze("Local news", "Mayor Ada Lind told Rey he should close the pier. Lind told Rey he had closed the pier.");
    List<String> texts = analysis.claims().stream().map(FoundClaim::text).toList();
    assertThat(texts).contains("Rey should close the pier", "Ada Lind had closed the pier");
  }

  @Test
  void shouldKeepTheSpeakerAsSubjectWhenTheListenerIsAGroupOrAnOutlet() {
    ArticleAnalysis analysis = Analyses.analyze("Local news", "Ada Lind told reporters she should have closed the pier. Lind told NBC she must win.");
    List<String> texts = analysis.claims().stream().map(FoundClaim::text).toList();
    assertThat(texts).contains("Ada Lind should have closed the pier", "Ada Lind must win");
  }

  @Test
  void shouldKeepACountryAbbreviationAsTheSourceWhenItIsSpelledLikeAPronoun() {
    List<FoundAttribution> all = attributions("Mayor Tomas Rey said the port was open. In a statement, US said the tariffs would stay.");
    assertThat(all).hasSize(2);
    assertThat(all.get(1).source().name()).doesNotContain("Tomas Rey").isNotEqualTo("unidentified speaker");
  }
}
