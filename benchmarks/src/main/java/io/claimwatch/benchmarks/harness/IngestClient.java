package io.claimwatch.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Posts single articles to the ingest HTTP API on the loopback interface ({@code POST /articles}, JSON) and returns
 * the id ingest assigned. Anything but 201 Created is an error: the harness sends distinct articles only.
 */
public final class IngestClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI articles;

  public IngestClient(int port) {
    this.articles = URI.create("http://127.0.0.1:" + port + "/articles");
  }

  /** The accepted article's id. */
  public String post(Map<String, Object> submission) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(articles)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(submission)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException("ingest answered HTTP " + response.statusCode() + ": " + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    return body.path("id").asText();
  }
}
