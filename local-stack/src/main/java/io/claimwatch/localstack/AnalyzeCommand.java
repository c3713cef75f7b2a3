package io.claimwatch.localstack;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.InMemoryAffiliationMemory;
import io.claimwatch.localstack.AnalyzeCommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch analyze PATH...}: offline extraction, no Kafka. One JSON line per article: {@code input},
 * {@code id}, {@code claims}, and {@code attributions}, each with {@code source}, {@code cue}, {@code content}
 * as {@code {text, start, end}} (offsets into the article text as given, title line included; an implied source
 * such as the publisher has an empty span at the start of its content), {@code stance} and {@code claimId}.
 * Articles are read as given ({@link AnalyzeInputs}), with ids computed as ingest-service computes them.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract claims, attributions and stances from articles offline; one JSON line per article.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt: first line title; .json; .jsonl) or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        InputPaths.requireReadable(paths);
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
        // affiliations one input states ("Harbor Authority spokeswoman Mira Holm") carry to the later inputs of the run
        InMemoryAffiliationMemory affiliations = new InMemoryAffiliationMemory();
        PrintWriter out = spec.commandLine().getOut();
        for (AnalyzeInputs.Input input : AnalyzeInputs.read(paths)) {
            out.println(AnalyzeCommandSupport.toJsonLine(input.origin(), input.article(),
                    analyzer.analyze(input.article(), affiliations)));
        }
        out.flush();
        return 0;
    }
}
