package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.headline.HeadlineStance;
import io.claimwatch.tools.eval.EmergentRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FoldedIdentityTest {

    private static List<EmergentRow> rows() {
        List<EmergentRow> rows = new ArrayList<>();
        String[][] claims = {
            {"c-bridge", "The river bridge collapsed", "River bridge collapses after storm", "Storm brings down river bridge"},
            {"c-mayor", "The mayor resigned", "Mayor quits over budget row", "Town mayor steps down amid budget dispute"},
            {"c-zoo", "A tiger escaped the zoo", "Tiger escapes from city zoo", "City zoo tiger on the loose"},
            {"c-bank", "The bank will close branches", "Bank to shut forty branches", "Forty branches of the bank will close"},
            {"c-train", "Trains will be free on Sunday", "Free train rides this Sunday", "Rail operator makes Sunday trains free"},
            {"c-film", "The film sequel was cancelled", "Studio cancels film sequel", "Sequel to the hit film is off"},
        };
        for (String[] c : claims) {
            for (int k = 2; k < c.length; k++) rows.add(new EmergentRow(c[0], c[1], c[0] + k, c[k], HeadlineStance.FOR));
        }
        return rows;
    }

    @Test
    void shouldScoreEachFoldOnItsOwnAndAverageWhenResolvedPerfectly() {
        List<EmergentRow> rows = rows();
        Set<Integer> folds = rows.stream().map(r -> r.fold(5)).collect(Collectors.toSet());
        List<Integer> seenSizes = new ArrayList<>();
        FoldedIdentity.Report report = FoldedIdentity.run(rows, 5, (part, embedder) -> {
            seenSizes.add(part.size());
            Map<String, String> ids = new HashMap<>();
            part.forEach(r -> ids.put(r.articleHeadline(), r.claimId()));
            return ids;
        }, null);
        assertThat(report.folds()).hasSize(folds.size());
        assertThat(seenSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
        assertThat(seenSizes).allMatch(n -> n < rows.size() || folds.size() == 1);
        assertThat(report.meanF1()).isCloseTo(1.0, within(1e-9));
        assertThat(report.minF1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldReportZeroRecallWhenEveryHeadlineIsItsOwnClaim() {
        FoldedIdentity.Report report = FoldedIdentity.run(rows(), 5, (part, embedder) -> {
            Map<String, String> ids = new HashMap<>();
            part.forEach(r -> ids.put(r.articleHeadline(), "own:" + r.articleHeadline()));
            return ids;
        }, null);
        assertThat(report.meanRecall()).isZero();
        assertThat(report.meanF1()).isZero();
        assertThat(report.toText()).contains("mean over " + report.folds().size() + " claim folds", "R 0.000");
    }

    @Test
    void shouldPrintTheFoldMeansThroughTheAnalyzerWhenEvaluatingEmergent(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("emergent.csv");
        StringBuilder text = new StringBuilder("claimId,claimHeadline,articleId,articleHeadline,articleHeadlineStance\n");
        for (EmergentRow r : rows()) {
            text.append(r.claimId()).append(",\"").append(r.claimHeadline()).append("\",").append(r.articleId())
                .append(",\"").append(r.articleHeadline()).append("\",for\n");
        }
        Files.writeString(csv, text);
        StringWriter out = new StringWriter();
        CommandLine cli = ClaimWatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("eval", "emergent", csv.toString())).isZero();
        String line = out.toString().lines().filter(l -> l.startsWith("Claim identity through the analyzer, mean over"))
            .findFirst().orElseThrow();
        FoldedIdentity.Report direct = FoldedIdentity.run(rows(), 5, new AnalyzerIdentity(AnalyzerIdentity.Questions.OWN_CLAIM)::resolve,
            new OnnxSentenceEmbedder(1));
        assertThat(line).isEqualTo(direct.toText().strip());
        assertThat(direct.meanPrecision()).isBetween(0.0, 1.0);
    }
}
