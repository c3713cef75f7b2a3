package io.claimwatch.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameArticlePairsTest {
  @TempDir
  Path split;

  @Test
  void shouldPairEveryTwoClaimsOfOneArticleButNoClaimsOfTwoArticles() throws Exception {
    Files.createDirectories(split.resolve("text"));
    Files.writeString(split.resolve("text/a.txt"), "The mayor said the ferry would run all winter. "
        + "The harbor board said the pier would close in May. Officials said fares would rise.");
    Files.writeString(split.resolve("text/b.txt"), "The coach said the team would train on Sunday.");

    List<SameArticlePairs.Pair> pairs = SameArticlePairs.pairs(split, ArticleAnalyzer.fromResources(),
        new MentionVectors(new OnnxSentenceEmbedder(1)));

    assertThat(pairs).hasSize(3).allSatisfy(p -> {
      assertThat(p.article()).isEqualTo("a.txt");
      assertThat(p.cosine()).isBetween(-1.0, 1.0);
      assertThat(p.first()).isNotEqualTo(p.second());
    });
  }
}
