package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle after a comma (", saying ...") reports for the subject of its clause, not for a phrase near it. */
class ParticipleAttributionTest {

  private static FoundAttribution byCue(String body, String cue) {
    List<FoundAttribution> all = attributions(body);
    return all.stream().filter(a -> a.cue().text().equals(cue)).findFirst().orElseThrow();
  }

  @Test
  void shouldTakeTheClauseSubjectAsSourceWhenAParticipleFollowsAComma() {
    FoundAttribution a = byCue("Mayor Ann Roe praised the harbor plan, saying the pier would reopen in May.", "saying");
    assertThat(a.source().name()).isEqualTo("Ann Roe");
    assertThat(a.content().text()).isEqualTo("the pier would reopen in May");
  }

  @Test
  void shouldTakeTheSubjectOfTheLaterClauseWhenWhileJoinsTwoClauses() {
    FoundAttribution a = byCue("Ivo Berg denied the sale, while Lena Holm kept a vaguer line, stating, "
        + "“We will see what the board decides.”", "stating");
    assertThat(a.source().name()).isEqualTo("Lena Holm");
    assertThat(a.content().text()).isEqualTo("“We will see what the board decides.”");
  }

  @Test
  void shouldSkipALeadingAdverbialWhenItOpensTheSentence() {
    FoundAttribution a = byCue("On Monday, the Harbor Board backed the plan, adding that the ferry would run daily.",
        "adding");
    assertThat(a.sourceSpan().text()).isEqualTo("the Harbor Board");
  }

  @Test
  void shouldFindNoAttributionWhenTheParticipleIsInsideQuotedSpeech() {
    List<FoundAttribution> all = attributions("“He was careful, saying little in public,” Lena Holm said.");
    assertThat(all).extracting(a -> a.cue().text()).doesNotContain("saying");
    assertThat(all).extracting(a -> a.source().name()).contains("Lena Holm");
  }
}
