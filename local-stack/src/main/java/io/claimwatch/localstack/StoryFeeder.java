package io.claimwatch.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimwatch.localstack.articles.GeneratedArticle;

/**
 * Posts generated articles one by one to ingest's {@code POST /articles}, as a newsroom system would, retrying a
 * {@code 503} or a refused connection (the broker or registry busy) until {@link #GIVE_UP_AFTER}. Returns the article
 * ids ingest assigned, in posting order.
 */
final class StoryFeeder {
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    StoryFeeder(int ingestPort) {
        this.endpoint = URI.create("http://localhost:" + ingestPort + "/articles");
    }

    /** Posts every article, pausing {@code pause} between two; {@code afterEach} runs after each (may be a no-op). */
    List<String> feed(List<GeneratedArticle> articles, Duration pause, Runnable afterEach) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (GeneratedArticle article : articles) {
            ids.add(post(article));
            afterEach.run();
            Thread.sleep(pause.toMillis());
        }
        return ids;
    }

    private String post(GeneratedArticle article) throws InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", article.url());
        body.put("publisher", article.publisher());
        body.put("publishedAt", article.publishedAt().toString());
        body.put("title", article.title());
        body.put("body", article.body());
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    JsonNode result = JSON.readTree(response.body());
                    return result.get("id").asText();
                }
                last = "HTTP " + response.statusCode() + ": " + response.body();
                if (response.statusCode() != 503) {
                    throw new IllegalStateException("ingest refused " + article.url() + ": " + last);
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("ingest did not take " + article.url() + " within " + GIVE_UP_AFTER.toSeconds()
                + " s: " + last);
    }
}
