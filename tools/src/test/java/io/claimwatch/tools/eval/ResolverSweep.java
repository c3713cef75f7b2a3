package io.claimwatch.tools.eval;

import io.claimwatch.extraction.embed.MiniLmEmbedder;
import java.nio.file.Path;
import java.util.List;

/** Scratch (not a test). */
public class ResolverSweep {
  public static void main(String[] args) throws Exception {
    List<EmergentRow> rows = EmergentRow.read(Path.of(args[0]));
    List<ResolverEvaluation.EmbeddedRow> emb = ResolverEvaluation.embed(rows, new MiniLmEmbedder(1));
    for (long seed : new long[] {1}) {
      System.out.print(ResolverCrossValidation.run(emb, 5, seed).toText());
    }
  }
}
