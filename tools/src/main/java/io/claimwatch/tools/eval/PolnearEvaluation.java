package io.claimwatch.tools.eval;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.lexicon.Cue;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Source-span quality on a PolNeAR split ({@code DIR/attributions/*.ann} + {@code DIR/text/*.txt}; an .ann named
 * {@code base_xxxx.ann} is annotator xxxx's file for {@code base.txt}, and each .ann file counts as one document).
 * Predicted sources are the extractor's source mentions as written; a gold source is matched exactly (same offsets) or
 * by overlap. The speech-verb subset keeps gold attributions whose cue contains a speech verb of the cue lexicon
 * ("said", "told", "wrote"...; not "according to") and predicted attributions whose cue is such a verb. A predicted
 * span counts as correct when it matches any gold source of the document (precision over all gold sources).
 */
public final class PolnearEvaluation {
  /** Scores of one run. */
  public record Report(int documents, SpanScore exact, SpanScore overlap, SpanScore speechExact, SpanScore speechOverlap) {
    /** The three headline numbers first (as Citron reports on PARC 3.0: exact-span source F1), then the details. */
    public String format() {
      return String.format(java.util.Locale.ROOT, "documents: %d%n"
          + "speech-cue attributions, source overlap F1:  %.3f%n"
          + "all attributions, source overlap recall:     %.3f%n"
          + "source exact-span F1, speech-cue attributions: %.3f (all attributions: %.3f)%n",
          documents, speechOverlap.f1(), overlap.recall(), speechExact.f1(), exact.f1())
          + "details:\n"
          + "source exact:                 " + exact + "\n"
          + "source overlap:               " + overlap + "\n"
          + "source exact (speech verbs):  " + speechExact + "\n"
          + "source overlap (speech verbs): " + speechOverlap + "\n";
    }
  }

  private final ArticleAnalyzer analyzer;
  private final ExtractionLexicon lexicon;

  public PolnearEvaluation(ArticleAnalyzer analyzer, ExtractionLexicon lexicon) {
    this.analyzer = analyzer;
    this.lexicon = lexicon;
  }

  public static PolnearEvaluation fromResources() {
    return new PolnearEvaluation(ArticleAnalyzer.fromResources(), ExtractionLexicon.fromResources());
  }

  public Report evaluate(Path dir) throws IOException {
    Path annotations = dir.resolve("attributions");
    Path texts = dir.resolve("text");
    if (!Files.isDirectory(annotations) || !Files.isDirectory(texts)) {
      throw new IOException(dir + " must contain attributions/ and text/");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(annotations)) {
      files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    Map<String, List<FoundAttribution>> predictions = new HashMap<>();
    SpanScore exact = SpanScore.ZERO;
    SpanScore overlap = SpanScore.ZERO;
    SpanScore speechExact = SpanScore.ZERO;
    SpanScore speechOverlap = SpanScore.ZERO;
    int documents = 0;
    for (Path ann : files) {
      String base = ann.getFileName().toString().replaceFirst("(_[0-9a-f]{4})?\\.ann$", "");
      Path txt = texts.resolve(base + ".txt");
      if (!Files.exists(txt)) continue;
      List<FoundAttribution> predicted = predictions.computeIfAbsent(base, b -> analyze(txt));
      List<BratAttribution> gold = BratAttribution.read(ann);
      List<TextSpan> predictedSpans = sources(predicted, false);
      List<TextSpan> goldSpans = gold.stream().map(BratAttribution::source).distinct().toList();
      List<TextSpan> predictedSpeech = sources(predicted, true);
      List<TextSpan> goldSpeech = gold.stream().filter(g -> isSpeech(g.cue().text())).map(BratAttribution::source).distinct().toList();
      exact = exact.plus(score(predictedSpans, goldSpans, goldSpans, false));
      overlap = overlap.plus(score(predictedSpans, goldSpans, goldSpans, true));
      speechExact = speechExact.plus(score(predictedSpeech, goldSpans, goldSpeech, false));
      speechOverlap = speechOverlap.plus(score(predictedSpeech, goldSpans, goldSpeech, true));
      documents++;
    }
    return new Report(documents, exact, overlap, speechExact, speechOverlap);
  }

  private List<FoundAttribution> analyze(Path txt) {
    try {
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      ArticleInput input = nl < 0 ? new ArticleInput(txt.toString(), null, null, text, "")
          : new ArticleInput(txt.toString(), null, null, text.substring(0, nl), text.substring(nl + 1));
      ArticleAnalysis analysis = analyzer.analyze(input);
      return analysis.attributions();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<TextSpan> sources(List<FoundAttribution> predicted, boolean speechOnly) {
    List<TextSpan> out = new ArrayList<>();
    for (FoundAttribution a : predicted) {
      if (a.sourceSpan() == null || speechOnly && !isSpeech(a.cue().text())) continue;
      if (!out.contains(a.sourceSpan())) out.add(a.sourceSpan());
    }
    return out;
  }

  /** Predicted spans are checked against all gold sources (precision) and {@code recallGold} for recall. */
  private static SpanScore score(List<TextSpan> predicted, List<TextSpan> allGold, List<TextSpan> recallGold, boolean overlap) {
    int pm = 0;
    for (TextSpan p : predicted) if (allGold.stream().anyMatch(g -> matches(p, g, overlap))) pm++;
    int gm = 0;
    for (TextSpan g : recallGold) if (predicted.stream().anyMatch(p -> matches(p, g, overlap))) gm++;
    return new SpanScore(predicted.size(), pm, recallGold.size(), gm);
  }

  private static boolean matches(TextSpan p, TextSpan g, boolean overlap) {
    return overlap ? p.overlaps(g) : p.start() == g.start() && p.end() == g.end();
  }

  boolean isSpeech(String cueText) {
    for (String w : cueText.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      Cue c = lexicon.cue(w);
      if (c != null && c.speech() && c.cueClass() != Cue.CueClass.ACCORDING) return true;
    }
    return false;
  }

  /** {@code PolnearEvaluation DIR...}: prints the report of each split directory. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: PolnearEvaluation DIR... (a PolNeAR split with attributions/ and text/)");
      System.exit(2);
    }
    PolnearEvaluation eval = fromResources();
    for (String dir : args) {
      System.out.println("== " + dir);
      System.out.println(eval.evaluate(Path.of(dir)).format());
    }
  }
}
