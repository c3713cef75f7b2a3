package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The short version of {@code claimwatch chaos}: 40 generated articles, two kill -9 of enrich or aggregate while they
 * flow; the outcome equals the clean run's (exactly-once v2 across crashes), and the command says so on its last line.
 */
class ChaosCommandIT {

    @Test
    void shouldEndIdenticalToTheCleanRunWhenEnrichAndAggregateAreKilledWhileArticlesFlow() {
        CommandLine cli = ClaimWatchCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("chaos", "--articles", "40", "--kills", "2", "--seed", "7");

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("kill -9 ")).hasSize(2);
        assertThat(lines).anyMatch(l -> l.startsWith("clean run: ") && l.contains(" evidence facts"));
        assertThat(lines).anyMatch(l -> l.startsWith("chaos run: ") && l.contains(" evidence facts"));
        assertThat(lines.getLast()).isEqualTo("identical: yes");
        assertThat(code).isZero();
    }
}
