package io.claimwatch.localstack.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.StanceLabel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

  @Test
  void shouldGenerateTheSameArticlesWhenTheSeedIsTheSame() {
    assertThat(new ArticleGenerator(42).generate(20)).isEqualTo(new ArticleGenerator(42).generate(20));
    assertThat(new ArticleGenerator(42).generate(20)).isNotEqualTo(new ArticleGenerator(43).generate(20));
  }

  @Test
  void shouldGenerateArticlesOfAboutThreeKilobytesWhenGenerating() {
    for (GeneratedArticle article : new ArticleGenerator(7).generate(200)) {
      assertThat(article.text().getBytes(StandardCharsets.UTF_8).length).isBetween(3_000, 3_600);
    }
  }

  @Test
  void shouldUseDistinctUrlsAndShareStoriesWhenGeneratingMany() {
    List<GeneratedArticle> articles = new ArticleGenerator(7).generate(300);
    assertThat(articles.stream().map(GeneratedArticle::url).distinct()).hasSize(300);
    assertThat(articles.stream().map(GeneratedArticle::title).distinct().count()).isLessThan(60);
  }

  @Test
  void shouldContainAttributionCuesWhenGenerated() {
    String all = String.join("\n", new ArticleGenerator(11).generate(50).stream().map(GeneratedArticle::text).toList());
    assertThat(all).contains(" said", "according to", "According to", " denied", "citing", "\"", "familiar with");
  }

  @Test
  void shouldMakeTheExtractorFindConfirmingAndDenyingSourcesWhenAnalyzed() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
    int attributions = 0;
    Set<StanceLabel> stances = new HashSet<>();
    List<GeneratedArticle> articles = new ArticleGenerator(3).generate(30);
    for (GeneratedArticle article : articles) {
      ArticleAnalysis analysis = analyzer.analyze(article.toInput());
      assertThat(analysis.claims()).isNotEmpty();
      attributions += analysis.attributions().size();
      analysis.attributions().stream().map(FoundAttribution::stance).forEach(stances::add);
    }
    assertThat(attributions).isGreaterThanOrEqualTo(4 * articles.size());
    assertThat(stances).contains(StanceLabel.CONFIRMS, StanceLabel.DENIES);
  }
}
