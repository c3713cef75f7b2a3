package io.claimwatch.extraction.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.embed.Vectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed reports (read from {@code claimwatch.shared.dir}/seeds) through extraction and the claim resolver:
 * the call is one claim spanning all five, "Ukraine was informed" is another one spanning several reports, and the
 * whole grouping is the same in every one of the 120 arrival orders.
 */
class SeedClaimResolutionTest {
  private static final SentenceEmbedder EMBEDDER = new CachingEmbedder(new OnnxSentenceEmbedder(1), 10_000);
  private static final Map<String, ArticleAnalysis> SEEDS = new LinkedHashMap<>();
  private static final Map<String, String> TITLES = new LinkedHashMap<>();
  private static final ResolverSettings SETTINGS = ResolverSettings.defaults();

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
    Path dir = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "seeds");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        int nl = text.indexOf('\n');
        ArticleInput in = new ArticleInput(f.getFileName().toString(), null, null, text.substring(0, nl),
            text.substring(nl + 1));
        SEEDS.put(in.id(), analyzer.analyze(in));
        TITLES.put(in.id(), in.title());
      }
    }
  }

  private static OfflineResolution resolve(List<String> order) {
    OfflineResolution run = new OfflineResolution(EMBEDDER, SETTINGS);
    order.forEach(id -> run.add(id, TITLES.get(id), SEEDS.get(id)));
    return run;
  }

  /** The grouping of every (article, claim text) mention, independent of the claim ids' spelling. */
  private static Set<Set<String>> grouping(OfflineResolution run) {
    Map<String, Set<String>> byClaim = new TreeMap<>();
    SEEDS.forEach((id, analysis) -> analysis.claims().forEach(c ->
        byClaim.computeIfAbsent(run.claimId(id, c.text()), k -> new TreeSet<>()).add(id + " | " + c.text())));
    return new HashSet<>(byClaim.values());
  }

  /** The claim of the one mention nearest in meaning to {@code probe} over all seeds, and the articles it spans. */
  private static Map.Entry<String, Set<String>> claimOfNearest(OfflineResolution run, String probe) {
    float[] p = EMBEDDER.embed(probe);
    String bestClaim = null;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, ArticleAnalysis> e : SEEDS.entrySet()) {
      for (FoundClaim c : e.getValue().claims()) {
        double sim = Vectors.dot(p, EMBEDDER.embed(c.text()));
        if (sim > bestSim) {
          bestSim = sim;
          bestClaim = run.claimId(e.getKey(), c.text());
        }
      }
    }
    Set<String> articles = new TreeSet<>();
    for (Map.Entry<String, ArticleAnalysis> e : SEEDS.entrySet()) {
      for (FoundClaim c : e.getValue().claims()) {
        if (run.claimId(e.getKey(), c.text()).equals(bestClaim)) {
          articles.add(e.getKey());
        }
      }
    }
    return Map.entry(bestClaim, articles);
  }

  @Test
  void shouldResolveTheCallToOneClaimAcrossAllFiveSeedsWhenResolvedInFileOrder() {
    OfflineResolution run = resolve(new ArrayList<>(SEEDS.keySet()));
    Map.Entry<String, Set<String>> call = claimOfNearest(run, "Trump and Putin spoke by phone");

    assertThat(call.getValue()).as("articles of the call claim").hasSize(5);
  }

  @Test
  void shouldKeepUkraineInformedApartFromTheCallWhenResolved() {
    OfflineResolution run = resolve(new ArrayList<>(SEEDS.keySet()));
    Map.Entry<String, Set<String>> informed = claimOfNearest(run, "Ukraine was informed of the call");
    String call = claimOfNearest(run, "Trump and Putin spoke by phone").getKey();

    assertThat(informed.getValue()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(informed.getKey()).isNotEqualTo(call);
  }

  @Test
  void shouldKeepTheCallAndUkraineInformedClaimsWhateverTheOrderWhenSeedsArriveInAll120Orders() {
    List<String> ids = new ArrayList<>(SEEDS.keySet());
    List<List<String>> orders = new ArrayList<>();
    permutations(ids, 0, orders);
    assertThat(orders).hasSize(120);

    for (List<String> order : orders) {
      OfflineResolution run = resolve(order);
      Map.Entry<String, Set<String>> call = claimOfNearest(run, "Trump and Putin spoke by phone");
      Map.Entry<String, Set<String>> informed = claimOfNearest(run, "Ukraine was informed of the call");
      assertThat(call.getValue()).as("call claim's articles, order %s", order).hasSize(5);
      assertThat(informed.getValue()).as("informed claim's articles, order %s", order).hasSizeGreaterThanOrEqualTo(2);
      assertThat(informed.getKey()).as("informed claim, order %s", order).isNotEqualTo(call.getKey());
    }
  }

  @Test
  void shouldGroupMentionsIdenticallyWhenSeedsArriveInAll120Orders() {
    List<String> ids = new ArrayList<>(SEEDS.keySet());
    Set<Set<String>> reference = grouping(resolve(ids));
    List<List<String>> orders = new ArrayList<>();
    permutations(ids, 0, orders);

    assertThat(orders).hasSize(120);
    for (List<String> order : orders) {
      assertThat(grouping(resolve(order))).as("order %s", order).isEqualTo(reference);
    }
  }

  private static void permutations(List<String> items, int k, List<List<String>> out) {
    if (k == items.size()) {
      out.add(List.copyOf(items));
      return;
    }
    for (int i = k; i < items.size(); i++) {
      java.util.Collections.swap(items, k, i);
      permutations(items, k + 1, out);
      java.util.Collections.swap(items, k, i);
    }
  }
}
