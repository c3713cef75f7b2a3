package io.claimwatch.localstack;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimwatch.enrich.extract.ArticleAnalysis;
import io.claimwatch.enrich.extract.ArticleAnalyzer;
import io.claimwatch.enrich.extract.FoundAttribution;
import io.claimwatch.enrich.extract.FoundClaim;
import io.claimwatch.enrich.extract.FoundSource;
import io.claimwatch.enrich.extract.TextSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch analyze PATH...}: offline extraction, no Kafka. One JSON line per article: {@code input},
 * {@code id}, {@code claims}, and {@code attributions}, each with {@code source}, {@code cue}, {@code content}
 * as {@code {text, start, end}} (offsets into the article text as given, title line included; {@code source}
 * is null when the source is implied, e.g. the publisher), {@code stance} and {@code claimId}, plus the
 * normalized source and its origin.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract claims, attributions and stances from articles offline; one JSON line per article.")
final class AnalyzeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt: first line title; .json; .jsonl) or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        InputPaths.requireReadable(paths);
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
        PrintWriter out = spec.commandLine().getOut();
        for (AnalyzeInputs.Input input : AnalyzeInputs.read(paths)) {
            out.println(JSON.writeValueAsString(toJson(input, analyzer.analyze(input.article()))));
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(AnalyzeInputs.Input input, ArticleAnalysis analysis) {
        ObjectNode line = JSON.createObjectNode();
        line.put("input", input.origin());
        line.put("id", input.article().id());
        ArrayNode claims = line.putArray("claims");
        for (FoundClaim claim : analysis.claims()) {
            ObjectNode node = claims.addObject();
            node.put("claimId", claim.claimId());
            node.put("text", claim.text());
            node.put("canonical", claim.canonical());
            node.put("start", claim.span().start());
            node.put("end", claim.span().end());
        }
        ArrayNode attributions = line.putArray("attributions");
        for (FoundAttribution attribution : analysis.attributions()) {
            ObjectNode node = attributions.addObject();
            node.set("source", span(attribution.sourceSpan()));
            node.set("cue", span(attribution.cue()));
            node.set("content", span(attribution.content()));
            node.put("stance", attribution.stance().name());
            node.put("confidence", attribution.confidence());
            node.put("claimId", attribution.claimId());
            node.set("sourceEntity", source(attribution.source()));
            node.set("origin", source(attribution.origin()));
        }
        return line;
    }

    private static ObjectNode span(TextSpan span) {
        if (span == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("text", span.text());
        node.put("start", span.start());
        node.put("end", span.end());
        return node;
    }

    private static ObjectNode source(FoundSource source) {
        if (source == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("key", source.key());
        node.put("name", source.name());
        node.put("type", source.type().name());
        node.put("affiliation", source.affiliation());
        return node;
    }
}
