package io.claimwatch.extraction.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.extraction.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDirectoryTest {

  @Test
  void shouldBundleNoSourcesWhenLoadedFromResources() {
    assertThat(SourceDirectory.fromResources().size()).isZero();
  }

  @Test
  void shouldReadAnOperatorTableWhenTheFileFollowsTheFormat(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sources.tsv");
    Files.writeString(file, "# curated\n\nharbor-authority\tORGANIZATION\tHarbor Authority\t-\tHarbor Authority|the port authority\t-\n"
        + "mira-holm\tPERSON\tMira Holm\tharbor-authority\tMira Holm|Holm\t-\n");
    SourceDirectory table = SourceDirectory.fromFile(file);
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.byAlias("The Port Authority").key()).isEqualTo("harbor-authority");
    assertThat(table.byAlias("Holm").affiliationKey()).isEqualTo("harbor-authority");
    assertThat(table.byKey("mira-holm").type()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void shouldNameFileAndLineWhenARowIsMalformed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\nharbor-authority\tCOMPANY\tHarbor Authority\t-\tHarbor Authority\t-\n");
    assertThatThrownBy(() -> SourceDirectory.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv line 2").hasMessageContaining("6 tab-separated columns");
  }
}
