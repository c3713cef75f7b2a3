package io.claimwatch.platform.registry;

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
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client for the Confluent Schema Registry REST API (only that API, so it works unchanged against Confluent,
 * Apicurio's {@code /apis/ccompat/v7}, Karapace and Redpanda).
 *
 * <p>Ids are cached both ways: (subject, schema) to id, and id to schema; schemas are immutable per id so the
 * caches never need invalidation. Transport failures and 5xx answers are retried with a doubling back-off and
 * then surface as {@link RegistryUnreachableException}; so do 401, 403 and 429 (the registry, not the schema, is the
 * problem); other 4xx answers are not retried. Credentials for HTTP basic auth come from the URL's user info
 * ({@code https://user:secret@registry:8081}, see {@link RegistryUrl}) and are sent on every request; they never
 * appear in messages.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final int SUBJECT_NOT_FOUND = 40401;
    private static final int SCHEMA_NOT_FOUND = 40403;

    private final String baseUrl;
    private final java.util.Optional<String> authorization;
    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

    public HttpSchemaRegistryClient(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(5), 3);
    }

    public HttpSchemaRegistryClient(String baseUrl, Duration timeout, int attempts) {
        RegistryUrl url = RegistryUrl.parse(baseUrl);
        this.authorization = url.authorizationHeader();
        String plain = url.withoutCredentials();
        this.baseUrl = plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
        this.timeout = timeout;
        this.attempts = Math.max(1, attempts);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        Response response = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        if (response.status() == 409 || response.status() == 422) {
            throw new SchemaIncompatibleException(subject, response.message());
        }
        response.requireSuccess("register a schema under subject " + subject);
        int id = response.body().path("id").asInt();
        remember(subject, schema, id);
        return id;
    }

    @Override
    public int idFor(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        Response response = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        if (response.status() == 404) {
            throw new SchemaNotFoundException("schema not registered under subject " + subject
                    + " (auto-registration is off): " + response.message());
        }
        response.requireSuccess("look up a schema under subject " + subject);
        int id = response.body().path("id").asInt();
        remember(subject, schema, id);
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        Response response = send("GET", "/schemas/ids/" + id, null);
        if (response.status() == 404) {
            throw new SchemaNotFoundException("unknown schema id " + id + " at " + baseUrl);
        }
        response.requireSuccess("fetch schema id " + id);
        Schema schema = new Schema.Parser().parse(response.body().path("schema").asText());
        schemasById.put(id, schema);
        return schema;
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        Response response = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        if (response.status() == 404 && (response.errorCode() == SUBJECT_NOT_FOUND || response.errorCode() == 40402)) {
            return CompatibilityResult.ok();
        }
        response.requireSuccess("check compatibility with subject " + subject);
        boolean compatible = response.body().path("is_compatible").asBoolean(false);
        List<String> messages = new ArrayList<>();
        response.body().path("messages").forEach(node -> messages.add(node.asText()));
        return new CompatibilityResult(compatible, messages);
    }

    @Override
    public void setCompatibility(String subject, String level) {
        ObjectNode body = json.createObjectNode().put("compatibility", level);
        String path = subject == null ? "/config" : "/config/" + encode(subject);
        send("PUT", path, body.toString()).requireSuccess("set compatibility " + level + " on " + path);
    }

    @Override
    public boolean isReachable() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/subjects"))
                    .timeout(timeout).header("Accept", CONTENT_TYPE).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Integer cachedId(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.get(subject);
        return ids == null ? null : ids.get(schema);
    }

    private void remember(String subject, Schema schema, int id) {
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
        schemasById.putIfAbsent(id, schema);
    }

    private String schemaBody(Schema schema) {
        return json.createObjectNode().put("schema", schema.toString()).toString();
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private Response send(String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", CONTENT_TYPE);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpRequest request = builder.build();
        Exception last = null;
        long backoffMillis = 100;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500 && !isUnavailable(response.statusCode())) {
                    return new Response(response.statusCode(), parse(response.body()), baseUrl + path);
                }
                last = new IOException("HTTP " + response.statusCode() + " " + response.body());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryUnreachableException(baseUrl, e);
            }
            if (attempt < attempts) {
                sleep(backoffMillis);
                backoffMillis *= 2;
            }
        }
        throw new RegistryUnreachableException(baseUrl, last);
    }

    /**
     * Answers that say the registry cannot serve this client right now rather than anything about the schema:
     * missing or refused credentials and rate limiting count as unreachable, so a record is never dead-lettered
     * for a registry-side problem.
     */
    private static boolean isUnavailable(int status) {
        return status == 401 || status == 403 || status == 429;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode().put("message", body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Response(int status, JsonNode body, String url) {
        int errorCode() {
            return body.path("error_code").asInt(status);
        }

        String message() {
            String message = body.path("message").asText("");
            return message.isEmpty() ? "HTTP " + status : message;
        }

        void requireSuccess(String what) {
            if (status == 404 && errorCode() == SCHEMA_NOT_FOUND) {
                throw new SchemaNotFoundException("could not " + what + ": " + message());
            }
            if (status / 100 != 2) {
                throw new RegistryException("could not " + what + " at " + url + ": HTTP " + status + " " + message());
            }
        }
    }
}
