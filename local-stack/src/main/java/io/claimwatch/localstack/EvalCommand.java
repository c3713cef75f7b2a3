package io.claimwatch.localstack;

import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.tools.eval.EmergentRow;
import io.claimwatch.tools.eval.ResolverCrossValidation;
import io.claimwatch.tools.eval.ResolverEvaluation;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.claimwatch.tools.eval.EmergentEvaluation;
import io.claimwatch.tools.eval.PolnearEvaluation;
import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * {@code claimwatch eval emergent FILE} and {@code claimwatch eval polnear DIR}: the project's quality report on
 * a labeled set. Claim identity on Emergent uses the full analyzer and claim resolver the pipeline runs: each
 * headline is analyzed as an article with an empty body and its headline claim is resolved across the file, then
 * per claim fold ({@link FoldedIdentity}: each fold's headlines resolved on their own, means and spread).
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

        @Option(names = "--cv", description = "Add grouped 5-fold cross-validation of the claim resolver (thresholds re-chosen per fold).")
        boolean crossValidate;

        @Option(names = "--pipeline", description = "Add claim identity through the running pipeline per claim fold:"
                + " each fold's headlines sent through ingest to a fresh stack (broker, registry, the three services).")
        boolean pipeline;

        @Option(names = "--pipeline-timeout", defaultValue = "PT5M",
                description = "With --pipeline: give up on a fold after this long (ISO-8601, default ${DEFAULT-VALUE}).")
        java.time.Duration pipelineTimeout;

        @Override
        public Integer call() throws Exception {
            InputPaths.requireReadable(List.of(file));
            List<EmergentRow> rows = EmergentRow.read(file);
            SentenceEmbedder embedder = new CachingEmbedder(new OnnxSentenceEmbedder(1), 100_000);
            AnalyzerIdentity withQuestions = new AnalyzerIdentity(AnalyzerIdentity.Questions.ASKED_CLAIM);
            Map<String, String> claimIds = withQuestions.resolve(rows, embedder);
            EmergentEvaluation.Report report = EmergentEvaluation.evaluate(file.toString(), rows, claimIds::get,
                    HeadlineStanceClassifier.fromResources());
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.toText());
            out.println("  (claim identity: each headline analyzed as an article, its first claim resolved across the"
                    + " file in file order by the pipeline's claim resolver, default thresholds; a headline without a"
                    + " claim is scored by the claim its title question asks about, else it is a claim of its own)");
            out.print(FoldedIdentity.run(rows, 5, withQuestions::resolve, embedder).toText());
            AnalyzerIdentity claimsOnly = new AnalyzerIdentity(AnalyzerIdentity.Questions.OWN_CLAIM);
            out.print(FoldedIdentity.run(rows, 5, claimsOnly::resolve, embedder)
                    .toText("the analyzer's claims alone (a headline without a claim is a claim of its own,"
                            + " its title question unread)"));
            if (pipeline) {
                PipelineIdentity streaming = new PipelineIdentity(pipelineTimeout);
                out.print(FoldedIdentity.run(rows, 5, (part, unused) -> streaming.resolve(part), embedder)
                        .toText("the pipeline"));
                out.flush();
            }
            if (crossValidate) {
                out.print(ResolverCrossValidation.run(ResolverEvaluation.embed(rows, embedder), 5, 1).toText());
            }
            out.flush();
            return 0;
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
