package io.claimwatch.localstack;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.resolve.OfflineResolution;
import io.claimwatch.extraction.resolve.TitleQuestions;
import io.claimwatch.extraction.resolve.ResolverSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

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
 * Articles are read as given ({@link AnalyzeInputs}), with ids computed as ingest-service computes them. Claim ids
 * are resolved across all the articles of the run, in input order, by the pipeline's claim resolver
 * ({@link OfflineResolution}), so an id here means what it means in the pipeline.
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
        OfflineResolution resolution = new OfflineResolution(new OnnxSentenceEmbedder(1), ResolverSettings.defaults());
        List<AnalyzeInputs.Input> inputs = AnalyzeInputs.read(paths);
        List<ArticleAnalysis> analyses = new ArrayList<>(inputs.size());
        for (AnalyzeInputs.Input input : inputs) {
            ArticleAnalysis analysis = analyzer.analyze(input.article(), affiliations);
            resolution.add(input.article().id(), input.article().title(), analysis);
            analyses.add(analysis);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < inputs.size(); i++) {
            AnalyzeInputs.Input input = inputs.get(i);
            Map<String, String> textOf = new HashMap<>();
            analyses.get(i).claims().forEach(c -> textOf.putIfAbsent(c.claimId(), c.text()));
            String id = input.article().id();
            out.println(AnalyzeCommandSupport.toJsonLine(input.origin(), input.article(), analyses.get(i),
                    local -> textOf.containsKey(local) ? resolution.claimId(id, textOf.get(local)) : local,
                    TitleQuestions.of(input.article().title(), analyses.get(i).sentences(),
                            analyses.get(i).claims().stream().map(c -> c.span()).toList()),
                    q -> resolution.askedClaimId(id, q.text())));
        }
        out.flush();
        return 0;
    }
}
