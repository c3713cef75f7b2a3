package io.claimwatch.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void shouldReadQuotedCommasQuotesAndNewlinesWhenFieldsAreQuoted() throws IOException {
    String csv = "claim,text\r\n\"Mayor, 54, resigns\",\"He said \"\"no comment\"\"\nand left\"\r\nplain,row\n";
    CsvTable t = CsvTable.parse(csv, "test.csv");
    assertThat(t.header()).containsExactly("claim", "text");
    assertThat(t.rows()).containsExactly(
        List.of("Mayor, 54, resigns", "He said \"no comment\"\nand left"),
        List.of("plain", "row"));
  }

  @Test
  void shouldKeepEmptyFieldsAndPadShortRowsWhenReading() throws IOException {
    CsvTable t = CsvTable.parse("a,b,c\n,\"\",x\nonly\n", "test.csv");
    assertThat(t.rows()).containsExactly(List.of("", "", "x"), List.of("only", "", ""));
  }

  @Test
  void shouldReadLastRowWhenFileLacksFinalNewline() throws IOException {
    CsvTable t = CsvTable.parse("\uFEFFa,b\n1,\"2\"", "test.csv");
    assertThat(t.header()).containsExactly("a", "b");
    assertThat(t.rows()).containsExactly(List.of("1", "2"));
  }

  @Test
  void shouldFailWithLineWhenQuoteIsUnterminated() {
    assertThatThrownBy(() -> CsvTable.parse("a,b\n1,\"open\n", "in.csv"))
        .isInstanceOf(IOException.class).hasMessageContaining("in.csv").hasMessageContaining("line 2");
  }

  @Test
  void shouldNameMissingColumnWhenRequired() throws IOException {
    CsvTable t = CsvTable.parse("claim,body\nx,y\n", "in.csv");
    assertThatThrownBy(() -> t.requireColumn("text", "in.csv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text'").hasMessageContaining("body");
  }
}
