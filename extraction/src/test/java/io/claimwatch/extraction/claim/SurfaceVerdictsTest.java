package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Surface verdicts at the start of a text and, for captions and embedded posts, anywhere in it. */
class SurfaceVerdictsTest {
  @Test
  void shouldFindCaptionsAtTheStartAndInsideTheText() {
    assertThat(SurfaceVerdicts.of("FILE - The ferry leaves the port")).isEqualTo(ClaimShape.Verdict.CAPTION);
    assertThat(SurfaceVerdicts.of("Photos: the storm over the harbor")).isEqualTo(ClaimShape.Verdict.CAPTION);
    assertThat(SurfaceVerdicts.of("The ferry in a 2019 File Photo of the port")).isEqualTo(ClaimShape.Verdict.CAPTION);
    assertThat(SurfaceVerdicts.of("The ferry leaves the port (AP Photo/Jo Roe) ")).isEqualTo(ClaimShape.Verdict.CAPTION);
    assertThat(SurfaceVerdicts.of("The ferry (AP) leaves the port")).isNull();
    assertThat(SurfaceVerdicts.of("The ferry leaves the port, a file photographer said")).isNull();
  }

  @Test
  void shouldReadFurnitureQuestionsAndFormulasOnlyAtTheStart() {
    assertThat(SurfaceVerdicts.of("Read more: ferry strike ends")).isEqualTo(ClaimShape.Verdict.FURNITURE);
    assertThat(SurfaceVerdicts.of("The mayor said read more reports")).isNull();
    assertThat(SurfaceVerdicts.of("How many ferries do we need")).isEqualTo(ClaimShape.Verdict.QUESTION);
    assertThat(SurfaceVerdicts.of("The council asked how many ferries do we need")).isNull();
    assertThat(SurfaceVerdicts.of("Mayor Lee, thank you for the question")).isEqualTo(ClaimShape.Verdict.NO_PREDICATE);
    assertThat(SurfaceVerdicts.of("The mayor said thank you to the crew")).isNull();
    assertThat(SurfaceVerdicts.of("By Jo Roe and Lars Holm")).isEqualTo(ClaimShape.Verdict.BYLINE);
  }

  @Test
  void shouldFindAnEmbeddedPostsPhotoLinkOrClosingTagAnywhere() {
    assertThat(SurfaceVerdicts.of("The new ferry leaves at dawn pic.twitter.com/abc123")).isEqualTo(ClaimShape.Verdict.FURNITURE);
    assertThat(SurfaceVerdicts.of("The new ferry leaves at dawn</tweet>")).isEqualTo(ClaimShape.Verdict.FURNITURE);
    assertThat(SurfaceVerdicts.of("The new ferry leaves at dawn")).isNull();
  }

  @Test
  void shouldRejectLabelledBylinesInterviewTitlesAndVideoTeasersWhenTheyOpenTheText() {
    assertThat(SurfaceVerdicts.of("BYLINE: Jo Roe")).isEqualTo(ClaimShape.Verdict.BYLINE);
    assertThat(SurfaceVerdicts.of("Q&A with harbor master Jo Roe")).isEqualTo(ClaimShape.Verdict.FURNITURE);
    assertThat(SurfaceVerdicts.of("WATCH What The Mayor Said About The Ferry")).isEqualTo(ClaimShape.Verdict.CAPTION);
    assertThat(SurfaceVerdicts.of("Watchdog groups criticized the ferry deal")).isNull();
    assertThat(SurfaceVerdicts.of("The byline: a new ferry route")).isNull();
  }

  @Test
  void shouldRejectATitleCasedVideoTeaserWhenItOpensWithWatch() {
    assertThat(SurfaceVerdicts.of("Watch The Best Moments From The Harbor Debate")).isEqualTo(ClaimShape.Verdict.CAPTION);
    assertThat(SurfaceVerdicts.of("Watch groups say the ferry deal is unfair")).isNull();
  }

  @Test
  void shouldRejectAWireCreditLineWhenItNamesAnEditorOrReporter() {
    assertThat(SurfaceVerdicts.of("Editing by Jo Roe)")).isEqualTo(ClaimShape.Verdict.BYLINE);
    assertThat(SurfaceVerdicts.of("Additional reporting by Lars Holm in Port Town")).isEqualTo(ClaimShape.Verdict.BYLINE);
    assertThat(SurfaceVerdicts.of("Reporting by the harbor board was late")).isNull();
  }
}
