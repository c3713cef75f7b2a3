package io.claimwatch.extraction.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A title question is matched read-only against the run's claims ({@link OfflineResolution#askedClaimId}). */
class QuestionProbeTest {
  private static final SentenceEmbedder EMBEDDER = new CachingEmbedder(new OnnxSentenceEmbedder(1), 1_000);
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromResources();

  private final OfflineResolution run = new OfflineResolution(EMBEDDER, ResolverSettings.defaults());
  private final Map<String, ArticleAnalysis> analyses = new LinkedHashMap<>();

  private void add(String id, String title) {
    ArticleAnalysis a = ANALYZER.analyze(new ArticleInput(id, null, null, title, ""));
    analyses.put(id, a);
    run.add(id, title, a);
  }

  private String claimOf(String id) {
    FoundClaim c = analyses.get(id).claims().get(0);
    return run.claimId(id, c.text());
  }

  @Test
  void shouldPointAQuestionAtTheClaimItAsksAboutWhenThatClaimIsNear() {
    add("a", "Harbor city sells its old ferry to a maritime museum");
    add("b", "Old harbor ferry sold to maritime museum, city says");
    add("c", "Did the harbor city sell its old ferry to a museum?");
    assertThat(analyses.get("c").claims()).isEmpty();
    assertThat(run.askedClaimId("c", "Did the harbor city sell its old ferry to a museum?")).isEqualTo(claimOf("a"));
  }

  @Test
  void shouldAnswerNullWhenNoClaimIsNearTheQuestion() {
    add("a", "Harbor city sells its old ferry to a maritime museum");
    add("c", "Will the mountain railway raise its winter fares?");
    assertThat(run.askedClaimId("c", "Will the mountain railway raise its winter fares?")).isNull();
  }

  @Test
  void shouldLeaveTheClaimsUnchangedWhenQuestionsAreAsked() {
    add("a", "Harbor city sells its old ferry to a maritime museum");
    add("b", "Storm closes the pier for the rest of the week");
    String before = claimOf("a") + "|" + claimOf("b");
    add("c", "Did the harbor city sell its old ferry to a museum?");
    run.askedClaimId("c", "Did the harbor city sell its old ferry to a museum?");
    assertThat(claimOf("a") + "|" + claimOf("b")).isEqualTo(before);
    assertThat(List.of(claimOf("a"), claimOf("b"))).doesNotHaveDuplicates();
  }
}
