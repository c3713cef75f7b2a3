package io.claimwatch.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Posts articles (singly or in batches) to the ingest HTTP API on the loopback interface ({@code POST /articles}, JSON) and returns
 * the id ingest assigned. Anything but 201 Created is an error: the harness sends distinct articles only.
 */
public final class IngestClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI articles;

  public IngestClient(int port) {
    this.articles = URI.create("http://127.0.0.1:" + port + "/articles");
  }

  /**
   * The accepted articles' ids, in order. One submission is sent as a JSON object, several as a JSON array (one
   * batch request, which ingest writes in one transaction).
   */
  public List<String> post(List<Map<String, Object>> submissions) throws IOException, InterruptedException {
    Object payload = submissions.size() == 1 ? submissions.getFirst() : submissions;
    HttpRequest request = HttpRequest.newBuilder(articles)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(payload)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException("ingest answered HTTP " + response.statusCode() + ": " + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    if (submissions.size() == 1) {
      return List.of(body.path("id").asText());
    }
    List<String> ids = new ArrayList<>();
    body.path("results").forEach(result -> ids.add(result.path("id").asText()));
    if (ids.size() != submissions.size()) {
      throw new IOException("ingest answered " + ids.size() + " results for " + submissions.size() + " articles");
    }
    return ids;
  }
}
