package io.claimwatch.tools.eval;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.StanceLabel;
import io.claimwatch.extraction.attribution.ClaimTextBuilder;
import io.claimwatch.extraction.attribution.NegationScope;
import io.claimwatch.extraction.claim.ClaimShape;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Claim-text faithfulness on news text (the PolNeAR {@code text/} files of one or more splits). An attributed content
 * (one source, cue and content; a content split into conjuncts has one attribution per mention) is counted once:
 * <ul>
 *   <li>of the contents whose negation belongs to the content ({@link NegationScope.Scope#IN_CONTENT}), how many keep
 *       a negation word in a claim text of theirs, how many carry it as a denial instead (a conjunct or later sentence
 *       whose own main verb is negated becomes a DENIES of its positive proposition, the rule of a negated main verb:
 *       counted when a mention of the content is denied by an attribution of the article, this one or the nested one
 *       it relays, as in "X told police that she did not want Y"), and the rest, which are lost (printed; a
 *       content whose every claim text the claim-shape filter rejected counts as lost);</li>
 *   <li>how many contents have no claim (the claim-shape filter rejected their text);</li>
 *   <li>how many kept claim texts a surface heuristic flags as likely fragments (cut after a preposition, article or
 *       title, starting with a lower-case preposition, a dateline): a lower bound, the texts it flags are printed;</li>
 *   <li>a seeded random sample of distinct claim texts to read by eye, since the fragment rate needs a reader: the
 *       filter cannot judge itself.</li>
 * </ul>
 * With {@code --rejected N}, a seeded sample of N contents without a claim is printed with the first text the claim
 * builder makes of each and the claim-shape verdict on it (to see why contents have no claim).
 * Usage: {@code ClaimTextEvaluation SPLIT_DIR... [--sample N] [--seed S] [--lost N] [--rejected N]}.
 */
public final class ClaimTextEvaluation {
  private static final Pattern NEGATION = Pattern.compile(
      "(?s).*\\b(not|never|no|nothing|nobody|none|neither|nor|cannot)\\b.*|(?s).*n[’']t\\b.*");
  private static final Pattern SUSPECT = Pattern.compile(
      "(?i).*\\b(of|to|in|on|at|by|for|with|from|the|a|an|and|or|but|mr|mrs|ms|dr|gov|sen|rep|st)$"
          + "|^(of|to|in|on|at|by|for|with|from|about|than|as)\\b.*|^\\p{Lu}{3,}[\\p{Lu} ,.]*\\s*[—–-].*");

  /** Counts of one split. */
  record Report(String split, int articles, int claims, int contents, int withoutClaim, int inContent, int inContentNoClaim, int keptInText,
                int keptAsDenial, int suspect, List<String> lost, List<String> suspects, List<String> texts, List<String> rejected) {
    String format(int sampleSize, long seed, int lostShown, int rejectedShown) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%s: %d articles, %d claims (mentions), %d attributed contents with a source%n",
          split, articles, claims, contents));
      int kept = keptInText + keptAsDenial;
      out.append(String.format(Locale.ROOT, "in-content negation kept: %d of %d (%.1f%%): in the claim text %d, as a DENIES of"
          + " the positive proposition of a conjunct or nested content %d; lost %d%n", kept, inContent, pct(kept, inContent), keptInText,
          keptAsDenial, inContent - kept));
      out.append(String.format(Locale.ROOT, "  of the %d with a claim: %d (%.1f%%); %d have no claim (every claim text rejected)%n",
          inContent - inContentNoClaim, kept, pct(kept, inContent - inContentNoClaim), inContentNoClaim));
      out.append(String.format(Locale.ROOT, "contents with no claim (rejected by the claim-shape filter): %d (%.1f%%)%n",
          withoutClaim, pct(withoutClaim, contents)));
      out.append(String.format(Locale.ROOT, "claim texts a surface heuristic flags as fragments: %d of %d (%.1f%%)%n",
          suspect, claims, pct(suspect, claims)));
      lost.stream().limit(lostShown).forEach(l -> out.append("  lost: ").append(l).append('\n'));
      suspects.stream().limit(lostShown).forEach(l -> out.append("  flagged: ").append(l).append('\n'));
      List<String> rejectedPool = new ArrayList<>(rejected);
      java.util.Collections.shuffle(rejectedPool, new Random(seed));
      rejectedPool.stream().limit(rejectedShown).forEach(l -> out.append("  rejected: ").append(l).append('\n'));
      List<String> distinct = texts.stream().distinct().toList();
      List<String> pool = new ArrayList<>(distinct);
      java.util.Collections.shuffle(pool, new Random(seed));
      out.append(String.format(Locale.ROOT, "random sample of %d distinct claim texts (seed %d):%n",
          Math.min(sampleSize, pool.size()), seed));
      for (int i = 0; i < Math.min(sampleSize, pool.size()); i++) {
        out.append(String.format(Locale.ROOT, "  %3d %s%n", i + 1, pool.get(i)));
      }
      return out.toString();
    }

    private static double pct(int n, int of) {
      return 100.0 * n / Math.max(1, of);
    }
  }

  private final ArticleAnalyzer analyzer;
  private final NewsTokenizer tokenizer;
  private final NegationScope scope;
  private final ClaimTextBuilder builder;
  private final ClaimShape shape;

  ClaimTextEvaluation(ArticleAnalyzer analyzer, ExtractionLexicon lex) {
    this.analyzer = analyzer;
    this.builder = new ClaimTextBuilder(lex, SourceDirectory.fromResources());
    this.shape = new ClaimShape(new NewsTokenizer(lex.abbreviations()));
    this.tokenizer = new NewsTokenizer(lex.abbreviations());
    this.scope = new NegationScope(lex);
  }

  public static void main(String[] args) throws IOException {
    int sample = 40;
    long seed = 7;
    int lostShown = 15;
    int rejectedShown = 0;
    List<Path> splits = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sample" -> sample = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--lost" -> lostShown = Integer.parseInt(args[++i]);
        case "--rejected" -> rejectedShown = Integer.parseInt(args[++i]);
        default -> splits.add(Path.of(args[i]));
      }
    }
    ClaimTextEvaluation eval = new ClaimTextEvaluation(ArticleAnalyzer.fromResources(), ExtractionLexicon.fromResources());
    for (Path split : splits) {
      System.out.print(eval.evaluate(split).format(sample, seed, lostShown, rejectedShown));
    }
  }

  Report evaluate(Path split) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(split.resolve("text"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int contents = 0, withoutClaim = 0, inContent = 0, inContentNoClaim = 0, keptInText = 0, keptAsDenial = 0, suspect = 0;
    List<String> lost = new ArrayList<>();
    List<String> suspects = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f);
      int nl = text.indexOf('\n');
      ArticleAnalysis a = analyzer.analyze(new ArticleInput(f.getFileName().toString(), null, null,
          nl < 0 ? text : text.substring(0, nl), nl < 0 ? "" : text.substring(nl + 1)));
      Map<String, FoundClaim> byId = new HashMap<>();
      for (FoundClaim c : a.claims()) {
        byId.put(c.claimId(), c);
        texts.add(c.text());
        if (SUSPECT.matcher(c.text()).matches()) {
          suspect++;
          suspects.add(c.text());
        }
      }
      java.util.Set<String> denied = new java.util.HashSet<>();
      a.attributions().stream().filter(x -> x.stance() == StanceLabel.DENIES && x.claimId() != null)
          .forEach(x -> denied.add(x.claimId()));
      for (List<FoundAttribution> group : byContent(a.attributions())) {
        FoundAttribution first = group.get(0);
        contents++;
        List<FoundAttribution> claimed = group.stream().filter(x -> x.claimId() != null).toList();
        String content = first.content().text();
        if (claimed.isEmpty()) {
          withoutClaim++;
          List<ClaimTextBuilder.Mention> ms = builder.mentions(content, null);
          String firstText = ms.isEmpty() ? "(no content: not bounded to a clause)" : ms.get(0).text();
          rejected.add(content + "  =>  " + firstText + "  [" + shape.judge(firstText, false) + "]");
        }
        List<Token> tokens = tokenizer.tokenize(content, 0, content.length());
        if (scope.of(tokens) != NegationScope.Scope.IN_CONTENT) continue;
        inContent++;
        if (claimed.isEmpty()) {
          inContentNoClaim++;
          lost.add(content + "  =>  (no claim)");
          continue;
        }
        List<String> claimTexts = claimed.stream().map(x -> byId.get(x.claimId()).text()).toList();
        if (claimTexts.stream().anyMatch(t -> NEGATION.matcher(t.toLowerCase(Locale.ROOT)).matches())) {
          keptInText++;
        } else if (claimed.stream().anyMatch(x -> denied.contains(x.claimId()))) {
          keptAsDenial++;
        } else {
          lost.add(content + "  =>  " + String.join(" | ", claimTexts));
        }
      }
    }
    return new Report(split.toString(), files.size(), texts.size(), contents, withoutClaim, inContent, inContentNoClaim, keptInText,
        keptAsDenial, suspect, lost, suspects, texts, rejected);
  }

  /** Attributions with a source, grouped by (cue, content): the mentions of one attributed content. */
  private static List<List<FoundAttribution>> byContent(List<FoundAttribution> attributions) {
    Map<String, List<FoundAttribution>> groups = new LinkedHashMap<>();
    for (FoundAttribution x : attributions) {
      if (x.sourceSpan() == null) continue;
      String key = x.cue().start() + ":" + x.content().start() + ":" + x.content().end();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
    }
    return new ArrayList<>(groups.values());
  }
}
