package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A source named after its cue ("..., said Ivo Berg, the harbor master.") spans its apposition as news attribution
 * corpora mark it, while the source itself stays the name.
 */
class TrailingAppositionTest {

  @Test
  void shouldSpanTheAppositionToTheSentenceEndWhenTheSourceFollowsTheCue() {
    FoundAttribution a = only("“The ferry will not run this winter,” said Ivo Berg, the harbor master of Nordby.");
    assertThat(a.sourceSpan().text()).isEqualTo("Ivo Berg, the harbor master of Nordby");
    assertThat(a.source().name()).isEqualTo("Ivo Berg");
  }

  @Test
  void shouldSpanARelativeClauseAndAnAgeWhenTheyDescribeTheSource() {
    assertThat(only("“We lost the boat,” said Lena Holm, who runs the pier cafe.").sourceSpan().text())
        .isEqualTo("Lena Holm, who runs the pier cafe");
    assertThat(only("“It was loud,” said Ola Dahl, 41, of Nordby.").sourceSpan().text())
        .isEqualTo("Ola Dahl, 41, of Nordby");
  }

  @Test
  void shouldStopBeforeAnAdjunctWhenItIsNotAboutTheSource() {
    assertThat(only("“The pier is safe,” said Ivo Berg, adding that repairs would start soon.").sourceSpan().text())
        .isEqualTo("Ivo Berg");
    assertThat(only("“The pier is safe,” said Ivo Berg, in a statement.").sourceSpan().text()).isEqualTo("Ivo Berg");
    assertThat(only("“The pier is safe,” said Ivo Berg, the harbor master, on Monday.").sourceSpan().text())
        .isEqualTo("Ivo Berg, the harbor master");
  }
}
