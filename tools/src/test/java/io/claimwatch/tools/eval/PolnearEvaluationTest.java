package io.claimwatch.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearEvaluationTest {
  private static final PolnearEvaluation EVALUATION = PolnearEvaluation.fromResources();

  @Test
  void shouldScoreExactAndOverlapWhenGoldIsOwnBratFile(@TempDir Path dir) throws IOException {
    String text = "Ferry news\nHarbor master Ivo Berg said the pier was closed. Locals were angry.\n";
    int source = text.indexOf("Ivo Berg"); // gold marks the name alone, the analyzer the whole phrase: overlap, not exact
    int cue = text.indexOf("said");
    int content = text.indexOf("the pier");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/ferry.txt"), text);
    Files.writeString(dir.resolve("attributions/ferry_ab12.ann"), String.join("\n",
        "T1\tSource " + source + " " + (source + 8) + "\tIvo Berg",
        "T2\tCue " + cue + " " + (cue + 4) + "\tsaid",
        "T3\tContent " + content + " " + (content + 19) + "\tthe pier was closed",
        "T4\tAttribution " + cue + " " + (cue + 4) + "\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", ""));
    PolnearEvaluation.Report r = EVALUATION.evaluate(dir);
    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.overlap().recall()).isEqualTo(1.0);
    assertThat(r.overlap().precision()).isEqualTo(1.0);
    assertThat(r.exact().recall()).isEqualTo(0.0);
    assertThat(r.speechOverlap().gold()).isEqualTo(1);
  }

  @Test
  void shouldReadDiscontinuousSpansWhenBratHasSemicolons(@TempDir Path dir) throws IOException {
    Path ann = dir.resolve("x.ann");
    Files.writeString(ann, "T1\tSource 0 3;5 9\tabc efgh\nT2\tCue 10 14\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n");
    BratAttribution a = BratAttribution.read(ann).get(0);
    assertThat(a.source().start()).isEqualTo(0);
    assertThat(a.source().end()).isEqualTo(9);
  }

  @Test
  void shouldFailClearlyWhenDirectoryIsNotAPolnearSplit(@TempDir Path dir) {
    assertThatThrownBy(() -> EVALUATION.evaluate(dir)).hasMessageContaining("attributions/ and text/");
  }

  @Test
  void shouldReachTheIssueTargetsOnSpeechCuesWhenRunOnDev() throws IOException {
    Path dev = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "datasets", "polnear", "dev");
    PolnearEvaluation.Report r = EVALUATION.evaluate(dev);
    assertThat(r.documents()).isGreaterThan(50);
    assertThat(r.speechOverlap().f1()).isGreaterThanOrEqualTo(0.80);
    assertThat(r.speechExact().f1()).isGreaterThanOrEqualTo(0.70);
    assertThat(r.format()).contains("speech-cue attributions, source overlap F1").contains("overlap recall")
        .contains("exact-span F1");
  }
}
