package io.claimwatch.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.claimwatch.tools.eval.EmergentEvaluation;
import io.claimwatch.tools.eval.PolnearEvaluation;
import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * {@code claimwatch eval emergent FILE} and {@code claimwatch eval polnear DIR}: the project's quality report on
 * a labeled set. Claim identity on Emergent uses the full analyzer the pipeline runs: each headline is analyzed as
 * an article with an empty body and its first claim's id is taken.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Quality report on a labeled data set.",
        subcommands = {EvalCommand.Emergent.class, EvalCommand.Polnear.class})
final class EvalCommand {

    @Command(name = "emergent", mixinStandardHelpOptions = true,
            description = "Headline stance accuracy, macro-F1, confusion matrix and claim-identity pairwise P/R/F1.")
    static final class Emergent implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Emergent CSV (claimId, claimHeadline, articleId, articleHeadline, articleHeadlineStance).")
        Path file;

        @Override
        public Integer call() throws Exception {
            InputPaths.requireReadable(List.of(file));
            ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
            EmergentEvaluation.Report report = EmergentEvaluation.evaluate(file,
                    headline -> firstClaimId(analyzer, headline), HeadlineStanceClassifier.fromResources());
            spec.commandLine().getOut().print(report.toText());
            spec.commandLine().getOut().flush();
            return 0;
        }

        static String firstClaimId(ArticleAnalyzer analyzer, String headline) {
            ArticleAnalysis analysis = analyzer.analyze(new ArticleInput("headline", null, null, headline, ""));
            return analysis.claims().isEmpty() ? "none:" + headline : analysis.claims().get(0).claimId();
        }
    }

    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = "Source-span precision/recall/F1 (exact and overlapping) against PolNeAR Source annotations.")
    static final class Polnear implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "A PolNeAR split directory holding text/ and attributions/.")
        Path dir;

        @Override
        public Integer call() throws Exception {
            InputPaths.requireReadable(List.of(dir));
            spec.commandLine().getOut().print(PolnearEvaluation.fromResources().evaluate(dir).format());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
