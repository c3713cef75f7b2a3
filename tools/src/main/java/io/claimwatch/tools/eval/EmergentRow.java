package io.claimwatch.tools.eval;

import io.claimwatch.extraction.headline.HeadlineStance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One labeled Emergent row: a claim, one article headline about it, and that headline's stance. */
public record EmergentRow(String claimId, String claimHeadline, String articleId, String articleHeadline,
                          HeadlineStance stance) {

  /** Reads an Emergent CSV (columns claimId, claimHeadline, articleId, articleHeadline, articleHeadlineStance). */
  public static List<EmergentRow> read(Path csv) throws IOException {
    CsvTable table = CsvTable.read(csv);
    String origin = csv.toString();
    int claimId = table.requireColumn("claimId", origin);
    int claim = table.requireColumn("claimHeadline", origin);
    int articleId = table.requireColumn("articleId", origin);
    int headline = table.requireColumn("articleHeadline", origin);
    int stance = table.requireColumn("articleHeadlineStance", origin);
    List<EmergentRow> rows = new ArrayList<>();
    for (List<String> r : table.rows()) {
      rows.add(new EmergentRow(r.get(claimId), r.get(claim), r.get(articleId), r.get(headline),
          HeadlineStance.fromLabel(r.get(stance))));
    }
    return rows;
  }

  /** Deterministic fold of this row's claim for grouped cross-validation (all rows of a claim share it). */
  public int fold(int folds) {
    return Math.floorMod(claimId.hashCode(), folds);
  }
}
