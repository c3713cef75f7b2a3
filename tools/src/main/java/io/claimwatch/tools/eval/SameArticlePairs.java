package io.claimwatch.tools.eval;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.OfflineResolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Reading material for the resolver's same-article threshold: every pair of distinct claim mentions of one article
 * (the PolNeAR {@code text/} files of a split), binned by the cosine of their identity vectors as the resolver builds
 * them ({@link OfflineResolution#mentionsOf}: claim text with its sentence as context), with a seeded sample of each
 * bin printed to be judged by eye ("is this the same claim?"). Emergent cannot set that threshold, since its articles
 * are single headlines.
 * Usage: {@code SameArticlePairs SPLIT_DIR [--bins 0.58,0.62,0.66,0.70,0.76] [--sample N] [--seed S]}.
 */
public final class SameArticlePairs {
  private SameArticlePairs() {}

  /** One pair of mentions of one article and their cosine. */
  record Pair(String article, String first, String second, double cosine) {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: SameArticlePairs SPLIT_DIR [--bins 0.58,0.62,0.66,0.70,0.76] [--sample N] [--seed S]");
      System.exit(2);
    }
    double[] bins = {0.58, 0.62, 0.66, 0.70, 0.76};
    int sample = 25;
    long seed = 3;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--bins" -> bins = java.util.Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
        case "--sample" -> sample = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Pair> pairs = pairs(Path.of(args[0]), ArticleAnalyzer.fromResources(),
        new MentionVectors(new CachingEmbedder(new OnnxSentenceEmbedder(1), 100_000)));
    System.out.printf(Locale.ROOT, "%s: %d same-article pairs%n", args[0], pairs.size());
    for (int b = 0; b + 1 < bins.length; b++) {
      double lo = bins[b], hi = bins[b + 1];
      List<Pair> in = new ArrayList<>(pairs.stream().filter(p -> p.cosine() >= lo && p.cosine() < hi).toList());
      Collections.shuffle(in, new Random(seed));
      System.out.printf(Locale.ROOT, "== cosine [%.2f, %.2f): %d pairs, %d shown%n", lo, hi, in.size(), Math.min(sample, in.size()));
      for (Pair p : in.subList(0, Math.min(sample, in.size()))) {
        System.out.printf(Locale.ROOT, "%.3f %s%n    A: %s%n    B: %s%n", p.cosine(), p.article(), p.first(), p.second());
      }
    }
  }

  static List<Pair> pairs(Path split, ArticleAnalyzer analyzer, MentionVectors vectors) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(split.resolve("text"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Pair> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      ArticleAnalysis analysis = analyzer.analyze(new ArticleInput(name, null, null, "", Files.readString(f)));
      List<MentionVectors.Mention> mentions = new ArrayList<>(OfflineResolution.mentionsOf(name, "", analysis).values());
      List<float[]> v = vectors.embedAll(mentions);
      for (int i = 0; i < v.size(); i++) {
        for (int j = i + 1; j < v.size(); j++) {
          out.add(new Pair(name, mentions.get(i).text(), mentions.get(j).text(), Vectors.dot(v.get(i), v.get(j))));
        }
      }
    }
    return out;
  }
}
