package io.claimwatch.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StanceCsvTest {

  private final HeadlineStanceClassifier classifier = HeadlineStanceClassifier.fromResources();

  @Test
  void shouldWriteOneJsonLinePerRowInOrderWhenColumnsAreClaimAndText() throws IOException {
    String csv = "claim,text\n"
        + "\"A giant squid washed up in Oregon\",\"Giant squid photo from Oregon is a hoax\"\n"
        + "\"A giant squid washed up in Oregon\",\"Giant squid reportedly found on Oregon beach, \"\"locals say\"\"\"\n";
    StringWriter out = new StringWriter();
    int n = StanceCsv.write(CsvTable.parse(csv, "in.csv"), "in.csv", classifier, out);
    String[] lines = out.toString().split("\n");
    assertThat(n).isEqualTo(2);
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{\"stance\":\"against\",\"confidence\":0.");
    assertThat(lines[1]).matches("\\{\"stance\":\"(for|against|observing)\",\"confidence\":[01]\\.\\d{4}}");
  }

  @Test
  void shouldUseEmergentColumnsWhenPresent() throws IOException {
    String csv = "claimId,claimHeadline,articleHeadline\nc1,The mayor resigned,Mayor denies he will resign\n";
    StringWriter out = new StringWriter();
    StanceCsv.write(CsvTable.parse(csv, "in.csv"), "in.csv", classifier, out);
    assertThat(out.toString()).contains("\"stance\":\"against\"");
  }

  @Test
  void shouldFailNamingColumnWhenTextColumnMissing() throws IOException {
    CsvTable table = CsvTable.parse("claim,body\nx,y\n", "in.csv");
    assertThatThrownBy(() -> StanceCsv.write(table, "in.csv", classifier, new StringWriter()))
        .hasMessageContaining("missing column 'text'");
  }
}
