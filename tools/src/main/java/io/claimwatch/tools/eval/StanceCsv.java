package io.claimwatch.tools.eval;

import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import io.claimwatch.extraction.headline.HeadlineStanceDecision;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code claimwatch stance --input FILE.csv} tool: for each row with a claim and a text — columns
 * {@code claimHeadline},{@code articleHeadline} (Emergent) or {@code claim},{@code text} — writes one JSON line
 * {@code {"stance":"for"|"against"|"observing","confidence":x}} in input order.
 */
public final class StanceCsv {

  private StanceCsv() {
  }

  /** Classifies every row of {@code table}; {@code origin} names the input in errors. Returns the row count. */
  public static int write(CsvTable table, String origin, HeadlineStanceClassifier classifier, Writer out)
      throws IOException {
    boolean emergent = table.column("claimHeadline") >= 0 || table.column("articleHeadline") >= 0;
    int claim = table.requireColumn(emergent ? "claimHeadline" : "claim", origin);
    int text = table.requireColumn(emergent ? "articleHeadline" : "text", origin);
    List<List<String>> rows = table.rows();
    for (List<String> row : rows) {
      HeadlineStanceDecision d = classifier.classify(row.get(claim), row.get(text));
      out.write(String.format(Locale.ROOT, "{\"stance\":\"%s\",\"confidence\":%.4f}%n", d.stance().label(),
          d.confidence()));
    }
    out.flush();
    return rows.size();
  }

  /** Usage: {@code StanceCsv --input FILE.csv}; exits 2 with a one-line message on bad input. */
  public static void main(String[] args) {
    if (args.length != 2 || !args[0].equals("--input")) {
      System.err.println("usage: stance --input FILE.csv");
      System.exit(2);
    }
    try {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      write(CsvTable.read(Path.of(args[1])), args[1], HeadlineStanceClassifier.fromResources(), out);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("stance: " + e.getMessage());
      System.exit(2);
    }
  }
}
