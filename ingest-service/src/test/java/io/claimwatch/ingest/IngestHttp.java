package io.claimwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Small HTTP client for tests against a running ingest-service. */
final class IngestHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, JsonNode json, String text, HttpResponse<String> raw) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    IngestHttp(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    Reply post(String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = builder("/articles").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    Reply postJson(String json) throws IOException, InterruptedException {
        return post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(builder(path).GET());
    }

    Reply getArticle(String id) throws IOException, InterruptedException {
        return get("/articles?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    Reply delete(String id) throws IOException, InterruptedException {
        return send(builder("/articles?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).DELETE());
    }

    Reply deletePath(String rawPath) throws IOException, InterruptedException {
        return send(builder(rawPath).DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException notJson) {
            // left null: the assertion on json will say so
        }
        return new Reply(response.statusCode(), json, response.body(), response);
    }
}
