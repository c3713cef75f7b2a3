package io.claimwatch.tools.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read per RFC 4180: fields may be quoted, quoted fields may contain commas,
 * doubled quotes and line breaks; records end in CRLF or LF. Written here (about 80 lines) rather than pulling a
 * CSV library into the service for two offline tools. Rows shorter than the header are padded with empty fields.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public static CsvTable read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /** Parses CSV text; {@code origin} names the input in error messages. */
  public static CsvTable parse(Reader in, String origin) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      all.append(buf, 0, n);
    }
    return parse(all.toString(), origin);
  }

  /** Parses CSV text; {@code origin} names the input in error messages. */
  public static CsvTable parse(String text, String origin) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (ch == '"' && field.isEmpty()) {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new IOException(origin + ": line " + quoteLine + ": unterminated quoted field");
          }
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < n && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            if (q == '\n') {
              line++;
            }
            field.append(q);
          }
        }
        if (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
          throw new IOException(origin + ": line " + line + ": unexpected character after closing quote");
        }
        continue;
      }
      i++;
      if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i < n && text.charAt(i) == '\n') {
          i++;
        }
        line++;
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    if (records.isEmpty()) {
      throw new IOException(origin + ": empty CSV, expected a header row");
    }
    List<String> header = records.getFirst().stream().map(String::trim).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<String> rec : records.subList(1, records.size())) {
      if (rec.size() == 1 && rec.getFirst().isEmpty()) {
        continue;
      }
      List<String> padded = new ArrayList<>(rec);
      while (padded.size() < header.size()) {
        padded.add("");
      }
      rows.add(padded);
    }
    return new CsvTable(header, rows);
  }

  /** Index of a column, or -1. */
  public int column(String name) {
    return header.indexOf(name);
  }

  /** Index of a required column; the message names the column and the columns present. */
  public int requireColumn(String name, String origin) {
    int i = column(name);
    if (i < 0) {
      throw new IllegalArgumentException(origin + ": missing column '" + name + "' (columns: " + header + ")");
    }
    return i;
  }

  /** A row as column name → value. */
  public Map<String, String> asMap(int row) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), rows.get(row).get(i));
    }
    return m;
  }
}
