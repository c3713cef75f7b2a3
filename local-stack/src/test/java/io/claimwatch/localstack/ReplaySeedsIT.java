package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * {@code claimwatch replay ../shared/seeds --json} through the whole real stack (broker, registry, three services):
 * the contract's JSON shape, and the reference case of ARCHITECTURE.md — one call claim across the five reports,
 * The Washington Post as the one confirming origin, the Kremlin's denial, verdict DISPUTED.
 */
class ReplaySeedsIT {
    private static final Path SEEDS = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "seeds");

    @Test
    void shouldPrintOneDisputedCallClaimWithThePostAsOriginWhenReplayingTheSeeds() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ClaimWatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("replay", SEEDS.toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode statuses = new ObjectMapper().readTree(out.toString());
        assertThat(statuses.isArray()).isTrue();
        assertThat(statuses.size()).isPositive();
        for (JsonNode status : statuses) {
            assertThat(status.fieldNames()).toIterable()
                    .contains("claimId", "text", "verdict", "score", "articles", "sources");
            assertThat(status.get("score").asDouble()).isBetween(-1.0, 1.0);
            for (JsonNode source : status.get("sources")) {
                assertThat(source.fieldNames()).toIterable().contains("name", "origin", "stance", "articles", "quote");
            }
        }

        JsonNode call = statuses.get(0);
        assertThat(call.get("articles")).as("the call claim is one claim across all five reports").hasSize(5);
        List<String> confirming = new ArrayList<>();
        List<String> denying = new ArrayList<>();
        for (JsonNode source : call.get("sources")) {
            String who = source.get("origin").isNull() ? source.get("name").asText() : source.get("origin").asText();
            switch (source.get("stance").asText()) {
                case "CONFIRMS" -> confirming.add(who);
                case "DENIES" -> denying.add(who + " / " + source.get("name").asText());
                default -> { }
            }
        }
        // names come from the text (no source table): "The Washington Post" or "Washington Post"
        // Echoes count once: the Post is the one confirming origin; the outlets that relay it (plain-text seeds, so
        // their publisher is their URL host or "unknown publisher") never confirm on their own, and statements of
        // one article that are not the call stay out of the call claim (the same-article threshold).
        assertThat(confirming).as("the Post is the only confirming origin").singleElement()
                .satisfies(who -> assertThat(who).endsWith("Washington Post"));
        assertThat(denying).anySatisfy(who -> assertThat(who).containsAnyOf("Kremlin", "Peskov"));
        assertThat(denying).anySatisfy(who -> assertThat(who).contains("Trump"));
        assertThat(call.get("verdict").asText()).isEqualTo("DISPUTED");
    }
}
