package io.claimwatch.tools.eval;

import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.resolve.ClaimResolver;
import io.claimwatch.extraction.resolve.InMemoryResolverState;
import io.claimwatch.extraction.resolve.MentionVector;
import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.extraction.resolve.ResolverSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim identity of the claim resolver on Emergent article headlines: each headline is one mention, resolved in a
 * given arrival order; the resulting grouping is scored pairwise against the data set's claimId.
 */
public final class ResolverEvaluation {
  /** One headline with its embedding. */
  public record EmbeddedRow(EmergentRow row, float[] vector) {
  }

  private ResolverEvaluation() {
  }

  /** Embeds every article headline once (the embedder batches). */
  public static List<EmbeddedRow> embed(List<EmergentRow> rows, SentenceEmbedder embedder) {
    List<float[]> vectors = embedder.embedAll(rows.stream().map(EmergentRow::articleHeadline).toList());
    List<EmbeddedRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(new EmbeddedRow(rows.get(i), vectors.get(i)));
    }
    return out;
  }

  /** Resolves the rows in the given order and returns each row's final claim id, in that order. */
  public static List<String> resolve(List<EmbeddedRow> rows, ResolverSettings settings) {
    ClaimResolver resolver = new ClaimResolver(new InMemoryResolverState(), settings);
    Map<String, String> claimOf = new HashMap<>();
    long t = 0;
    List<String> mentionIds = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String id = "row" + i;
      mentionIds.add(id);
      for (ResolutionEvent e : resolver.add(new MentionVector(id, rows.get(i).row().articleHeadline(),
          rows.get(i).vector(), t++))) {
        if (e instanceof ResolutionEvent.Assigned a) {
          claimOf.put(a.mentionId(), a.claimId());
        }
      }
    }
    return mentionIds.stream().map(claimOf::get).toList();
  }

  /** Pairwise score of resolving {@code rows} in their order. */
  public static PairwiseScore score(List<EmbeddedRow> rows, ResolverSettings settings) {
    return PairwiseScore.of(rows.stream().map(r -> r.row().claimId()).toList(), resolve(rows, settings));
  }
}
