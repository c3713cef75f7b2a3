package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.claimwatch.platform.testing.FreePorts;

/**
 * {@code ./claimwatch up} as a user runs it (the repository's script, its JVM flags, the shipped logging config):
 * a normal start and a Ctrl-C stop print no WARN, no ERROR, no JVM warning and no stack trace on the console.
 */
class CleanStartLogIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern THROWABLE = Pattern.compile("(Exception in thread \\S+ )?[\\w$]+(\\.[\\w$]+)+(Exception|Error)\\b");

    @Test
    void shouldPrintNoWarningOrStackTraceWhenTheStackStartsAndStopsNormally() throws Exception {
        int base = freePortBase();
        ProcessBuilder builder = new ProcessBuilder("./claimwatch", "up", "--port-base", String.valueOf(base))
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Inside the Maven build the jar is fresh: never let the script start a nested build.
        builder.environment().put("CLAIMWATCH_NO_BUILD", "1");
        Process up = builder.start();
        List<String> console = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> readLines(up, console));
        try {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250))
                    .until(() -> console.contains("Press Ctrl-C to stop.") || !up.isAlive());
            assertThat(console).as("console of ./claimwatch up").contains("Press Ctrl-C to stop.");
            up.destroy();
            assertThat(up.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            reader.join(Duration.ofSeconds(5));
        } finally {
            up.destroyForcibly();
        }

        assertThat(console).anyMatch(line -> line.startsWith("ClaimWatch is up in "));
        assertThat(console).as("start and stop console output").noneMatch(CleanStartLogIT::isWarningOrStackTrace);
    }

    @Test
    void shouldTellWarningsAndStackTracesFromOrdinaryLinesWhenReadingTheConsole() {
        assertThat(List.of(
                "23:01:02.003 WARN  [main] o.a.k.c.NetworkClient - connection to node 1 could not be established",
                "23:01:02.003 ERROR [main] i.c.Main - failed",
                "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
                "java.lang.IllegalStateException: no broker",
                "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
                "\tat io.claimwatch.localstack.LocalStack.start(LocalStack.java:80)",
                "Caused by: java.net.ConnectException"))
                .allMatch(CleanStartLogIT::isWarningOrStackTrace);
        assertThat(List.of(
                "ClaimWatch is up in 12.7 s",
                "23:01:02.003 INFO  [main] i.c.enrich.EnrichService - deserialization.exception.handler=DeadLetterHandlers",
                "  security                 local stack: HTTP on loopback (127.0.0.1) only"))
                .noneMatch(CleanStartLogIT::isWarningOrStackTrace);
    }

    /** A logged WARN or ERROR, a JVM warning, or a line of a stack trace (the throwable, a frame, a cause). */
    static boolean isWarningOrStackTrace(String line) {
        return line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("WARNING:")
                || line.startsWith("\tat ") || line.startsWith("Caused by: ")
                || THROWABLE.matcher(line).lookingAt();
    }

    private static void readLines(Process process, List<String> into) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(into::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base with the five consecutive ports the stack takes all free. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = FreePorts.next();
            if (base <= 65530 && IntStream.range(base, base + 5).allMatch(FreePorts::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("no five consecutive free ports");
    }
}
