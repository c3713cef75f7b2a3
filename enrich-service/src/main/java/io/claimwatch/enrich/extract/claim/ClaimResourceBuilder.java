package io.claimwatch.enrich.extract.claim;

import io.claimwatch.enrich.eval.EmergentRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Offline builder of {@code claim/term-df.tsv}: document frequencies of stemmed terms over the article headlines
 * of an Emergent training CSV. Usage: {@code ClaimResourceBuilder TRAIN.csv OUT.tsv}.
 */
public final class ClaimResourceBuilder {

  private ClaimResourceBuilder() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClaimResourceBuilder TRAIN.csv OUT.tsv");
      System.exit(2);
    }
    List<EmergentRow> rows = EmergentRow.read(Path.of(args[0]));
    rarityFrom(rows, ClaimLexicon.fromResources()).write(Path.of(args[1]));
    System.out.println("term table from " + rows.size() + " headlines -> " + args[1]);
  }

  /** The rarity table over the given rows' article headlines. */
  public static TermRarity rarityFrom(List<EmergentRow> rows, ClaimLexicon lexicon) {
    return TermRarity.build(rows.stream().map(EmergentRow::articleHeadline).toList(), lexicon);
  }
}
