package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.headline.HeadlineStance;
import io.claimwatch.tools.eval.EmergentRow;
import io.claimwatch.tools.eval.PairwiseScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Offline and streaming agree: headlines sent through the real stack (ingest, enrich with its claim resolver,
 * aggregate, on the real broker and registry) are grouped into claims exactly as the analyzer path of
 * {@code eval emergent} groups them, and that grouping finds the shared claims; a question headline, which is no
 * claim, reaches the claim it asks about through {@code news.claims.questions}. The headlines are our own.
 */
class PipelineIdentityIT {

  private static List<EmergentRow> rows() {
    String[][] claims = {
        {"bridge", "Storm brings down the old river bridge", "Old river bridge collapses in overnight storm",
            "River bridge collapse blamed on storm, police say"},
        {"mayor", "Mayor of Eastport resigns over budget row", "Eastport mayor quits after budget dispute",
            "Did the Eastport mayor really resign?"},
        {"tiger", "Tiger escapes from city zoo", "Zoo says tiger escaped its enclosure overnight",
            "Keepers deny that a tiger escaped from the zoo"},
        {"trains", "Rail operator will make trains free on Sunday", "Trains to run free of charge this Sunday"},
    };
    List<EmergentRow> rows = new ArrayList<>();
    for (String[] claim : claims) {
      for (int k = 1; k < claim.length; k++) {
        rows.add(new EmergentRow(claim[0], claim[1], claim[0] + k, claim[k], HeadlineStance.OBSERVING));
      }
    }
    return rows;
  }

  @Test
  void shouldGroupHeadlinesAsTheAnalyzerPathDoesWhenSentThroughTheStack() {
    List<EmergentRow> rows = rows();
    // a headline without a claim (the question) is scored by the claim its title question asks about on both paths
    Map<String, String> offline = new AnalyzerIdentity(AnalyzerIdentity.Questions.ASKED_CLAIM).resolve(rows,
        new CachingEmbedder(new OnnxSentenceEmbedder(1), 1_000));

    Map<String, String> streaming = new PipelineIdentity(Duration.ofMinutes(3)).resolve(rows);

    assertThat(streaming).containsOnlyKeys(offline.keySet());
    assertThat(pairs(rows, streaming)).as("headline pairs sharing a claim id in the pipeline")
        .isEqualTo(pairs(rows, offline));
    assertThat(streaming.get("Did the Eastport mayor really resign?"))
        .as("the question headline links to the claim it asks about through news.claims.questions")
        .isEqualTo(streaming.get("Eastport mayor quits after budget dispute"));
    PairwiseScore score = PairwiseScore.of(rows.stream().map(EmergentRow::claimId).toList(),
        rows.stream().map(r -> streaming.get(r.articleHeadline())).toList());
    assertThat(score.recall()).as("same-claim headline pairs joined by the pipeline").isPositive();
  }

  private static TreeSet<String> pairs(List<EmergentRow> rows, Map<String, String> ids) {
    TreeSet<String> pairs = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        String a = rows.get(i).articleHeadline();
        String b = rows.get(j).articleHeadline();
        if (ids.get(a).equals(ids.get(b))) {
          pairs.add(a + " ~ " + b);
        }
      }
    }
    return pairs;
  }
}
