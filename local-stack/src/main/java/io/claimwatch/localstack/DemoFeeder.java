package io.claimwatch.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays the bundled demo ({@code /demo/script.tsv} on the classpath) against a running ingest-service over its
 * real HTTP API, one step every {@code pace}: {@code post FILE} sends a demo article, {@code delete URL}
 * retracts one. The articles are fictional and written for ClaimWatch.
 */
final class DemoFeeder {
    record Step(String action, String argument) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestBase;
    private final PrintStream log;

    DemoFeeder(int ingestPort, PrintStream log) {
        this.ingestBase = "http://127.0.0.1:" + ingestPort;
        this.log = log;
    }

    static List<Step> script() {
        List<Step> steps = new ArrayList<>();
        for (String line : resource("script.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || !(parts[0].equals("post") || parts[0].equals("delete"))) {
                throw new IllegalStateException("bad demo script line: " + line);
            }
            steps.add(new Step(parts[0], parts[1].trim()));
        }
        return steps;
    }

    void play(Duration pace) throws InterruptedException {
        List<Step> steps = script();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            HttpResponse<String> response = send(step);
            log.printf("demo %2d/%d  %-6s %-42s -> HTTP %d %s%n", i + 1, steps.size(), step.action(), step.argument(),
                    response.statusCode(), response.body().replaceAll("\\s+", " "));
            if (i < steps.size() - 1) {
                Thread.sleep(pace.toMillis());
            }
        }
        log.println("demo: all steps sent; the dashboard keeps serving until Ctrl-C");
    }

    private HttpResponse<String> send(Step step) throws InterruptedException {
        HttpRequest request = step.action().equals("post")
                ? HttpRequest.newBuilder(URI.create(ingestBase + "/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(resource(step.argument()))).build()
                : HttpRequest.newBuilder(URI.create(ingestBase + "/articles?id="
                        + URLEncoder.encode(step.argument(), StandardCharsets.UTF_8))).DELETE().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("demo step " + step + " failed", e);
        }
    }

    static String resource(String name) {
        try (InputStream in = DemoFeeder.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
