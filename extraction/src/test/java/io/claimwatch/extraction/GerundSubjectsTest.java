package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A headline's denied gerund phrase gets its named source as subject ({@link GerundSubjects}). */
class GerundSubjectsTest {

  private static List<String> claims(String title) {
    return Analyses.analyze(title, "").claims().stream().map(FoundClaim::text).toList();
  }

  private static FoundAttribution attribution(String title) {
    return Analyses.analyze(title, "").attributions().stream().filter(a -> a.sourceSpan() != null).findFirst()
        .orElseThrow();
  }

  @Test
  void shouldPutTheSourceBeforeTheGerundWhenAHeadlineDeniesADoing() {
    assertThat(claims("Harbor Authority denies dumping sludge in the bay")).containsExactly(
        "Harbor Authority dumping sludge in the bay");
    assertThat(attribution("Harbor Authority denies dumping sludge in the bay").stance()).isEqualTo(StanceLabel.DENIES);
  }

  @Test
  void shouldPutTheSourceBeforeTheGerundWhenTheHeadlineIsTitleCased() {
    assertThat(claims("Mayor Ivo Berg Denies Selling The Old Pier")).containsExactly("Mayor Ivo Berg Selling The Old Pier");
  }

  @Test
  void shouldKeepTheOwnedNounWhenTheDeniedPhraseIsANoun() {
    assertThat(claims("Harbor Authority denies plans to close the pier")).containsExactly(
        "Harbor Authority's plans to close the pier");
  }

  @Test
  void shouldNotAddASubjectWhenTheSourceIsUnnamed() {
    assertThat(claims("Officials deny dumping sludge in the bay")).noneMatch(t -> t.startsWith("Officials"));
  }
}
