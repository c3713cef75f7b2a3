package io.claimwatch.tools.eval;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.attribution.NegationScope;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Claim-text faithfulness on news text (e.g. the PolNeAR {@code text/} files): of the attributed contents whose
 * negation belongs to the content ({@link NegationScope.Scope#IN_CONTENT}), how many claim texts keep a negation;
 * how many attributions lose their claim to the claim-shape filter; and a random sample of claim texts to read by
 * eye (the fragment rate needs a reader: the filter cannot judge itself). Usage: {@code ClaimTextEvaluation DIR [N]}.
 */
public final class ClaimTextEvaluation {
  private ClaimTextEvaluation() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve("text");
    int sample = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    ExtractionLexicon lex = ExtractionLexicon.fromResources();
    NewsTokenizer tokenizer = new NewsTokenizer(lex.abbreviations());
    NegationScope scope = new NegationScope(lex);
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
    int inContent = 0;
    int kept = 0;
    int attributions = 0;
    int withoutClaim = 0;
    List<String> claims = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      int nl = text.indexOf('\n');
      ArticleAnalysis a = analyzer.analyze(new ArticleInput(f.getFileName().toString(), null, null,
          nl < 0 ? text : text.substring(0, nl), nl < 0 ? "" : text.substring(nl + 1)));
      Map<String, FoundClaim> byId = new HashMap<>();
      a.claims().forEach(c -> byId.put(c.claimId(), c));
      a.claims().forEach(c -> claims.add(c.text()));
      for (FoundAttribution x : a.attributions()) {
        if (x.sourceSpan() == null) {
          continue;
        }
        attributions++;
        if (x.claimId() == null) {
          withoutClaim++;
          continue;
        }
        String content = x.content().text();
        List<Token> tokens = tokenizer.tokenize(content, 0, content.length());
        if (scope.of(tokens) == NegationScope.Scope.IN_CONTENT) {
          inContent++;
          String claim = byId.get(x.claimId()).text().toLowerCase(Locale.ROOT);
          if (claim.matches("(?s).*\\b(not|never|no|nothing|nobody|none|neither|nor|cannot)\\b.*|(?s).*n[’']t\\b.*")) {
            kept++;
          } else if (lost.size() < 15) {
            lost.add(content + "  =>  " + byId.get(x.claimId()).text());
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d articles, %d claims, %d attributions with a source%n", dir, files.size(),
        claims.size(), attributions);
    System.out.printf(Locale.ROOT, "in-content negation kept in the claim text: %d of %d (%.1f%%)%n", kept, inContent,
        100.0 * kept / Math.max(1, inContent));
    System.out.printf(Locale.ROOT, "attributions whose content is no claim (fragment, caption, question...): %d (%.1f%%)%n",
        withoutClaim, 100.0 * withoutClaim / Math.max(1, attributions));
    lost.forEach(l -> System.out.println("  lost: " + l));
    Random random = new Random(7);
    System.out.println("random sample of claim texts:");
    for (int i = 0; i < sample && !claims.isEmpty(); i++) {
      System.out.println("  " + claims.get(random.nextInt(claims.size())));
    }
  }
}
