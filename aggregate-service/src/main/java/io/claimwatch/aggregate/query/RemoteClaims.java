package io.claimwatch.aggregate.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Reads claims from the other instances over their {@code /internal/claims} endpoints ({@code java.net.http}). Those
 * endpoints answer only from the serving instance's own store, so requests never bounce between instances; any
 * failure (unreachable, 503 while it rebalances) becomes a {@link QueryUnavailableException} rather than a silently
 * partial answer.
 */
public final class RemoteClaims {

  private final HttpClient http;
  private final ObjectMapper json;
  private final Duration timeout;

  private final Optional<String> managementToken;

  public RemoteClaims(Duration timeout) {
    this(timeout, Optional.empty());
  }

  /** With the management token the other instances' {@code /internal/...} routes require (the same for all). */
  public RemoteClaims(Duration timeout, Optional<String> managementToken) {
    this.managementToken = managementToken;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    this.timeout = timeout;
  }

  /** The claim from its owner; empty when the owner does not have it. */
  public Optional<ClaimViews.Detail> detail(HostInfo owner, String claimId) {
    HttpResponse<String> response = join(http.sendAsync(
        get(owner, "/internal/claims/" + encode(claimId)), HttpResponse.BodyHandlers.ofString()), owner);
    return switch (response.statusCode()) {
      case 200 -> Optional.of(parse(response.body(), ClaimViews.Detail.class, owner));
      case 404 -> Optional.empty();
      default -> throw new QueryUnavailableException(
          "instance " + owner + " answered " + response.statusCode() + " for claim " + claimId);
    };
  }

  /** The JSON body of {@code pathAndQuery} on the owner (a page of a claim); empty on 404. */
  public Optional<String> page(HostInfo owner, String pathAndQuery) {
    HttpResponse<String> response = join(http.sendAsync(get(owner, pathAndQuery),
        HttpResponse.BodyHandlers.ofString()), owner);
    return switch (response.statusCode()) {
      case 200 -> Optional.of(response.body());
      case 404 -> Optional.empty();
      default -> throw new QueryUnavailableException(
          "instance " + owner + " answered " + response.statusCode() + " for " + pathAndQuery);
    };
  }

  /** The matching summaries of every given instance, requested in parallel. */
  public List<ClaimViews.Summary> summaries(List<HostInfo> instances, Map<String, String> filters) {
    String query = filters.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&", "?", ""));
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (HostInfo host : instances) {
      calls.add(http.sendAsync(get(host, "/internal/claims" + query), HttpResponse.BodyHandlers.ofString()));
    }
    List<ClaimViews.Summary> out = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      HostInfo host = instances.get(i);
      HttpResponse<String> response = join(calls.get(i), host);
      if (response.statusCode() != 200) {
        throw new QueryUnavailableException("instance " + host + " answered " + response.statusCode());
      }
      out.addAll(parse(response.body(), ClaimViews.SummaryList.class, host).items());
    }
    return out;
  }

  private HttpRequest get(HostInfo host, String pathAndQuery) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
        .timeout(timeout)
        .header("Accept", "application/json");
    managementToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    return request.GET().build();
  }

  private static HttpResponse<String> join(CompletableFuture<HttpResponse<String>> call, HostInfo host) {
    try {
      return call.join();
    } catch (CompletionException e) {
      throw new QueryUnavailableException("instance " + host + " unreachable: " + e.getCause(), e);
    }
  }

  private <T> T parse(String body, Class<T> type, HostInfo host) {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      throw new QueryUnavailableException("instance " + host + " sent an unreadable answer", e);
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
