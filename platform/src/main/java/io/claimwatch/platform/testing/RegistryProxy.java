package io.claimwatch.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain JDK HTTP server in front of the real registry, for tests and the local stack's outage tests:
 * {@link #cut()} closes its port (clients see connection refused, as with a registry that is down) and
 * {@link #restore()} opens it again on the same port.
 * With {@code requiredAuthorization} it answers 401 unless the request carries exactly that header, and records
 * every {@code Authorization} header it saw.
 */
public final class RegistryProxy implements AutoCloseable {
    private final URI target;
    private final int port;
    private final Optional<String> requiredAuthorization;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public RegistryProxy(String targetBaseUrl, Optional<String> requiredAuthorization) {
        URI uri = URI.create(targetBaseUrl);
        this.target = URI.create(uri.getScheme() + "://" + uri.getAuthority());
        this.port = FreePorts.next();
        this.requiredAuthorization = requiredAuthorization;
        restore();
    }

    /** The proxied URL for a registry URL such as {@code http://127.0.0.1:P/apis/ccompat/v7}. */
    public String url(String registryUrl) {
        return "http://127.0.0.1:" + port + URI.create(registryUrl).getRawPath();
    }

    public List<String> authorizations() {
        return authorizations;
    }

    public synchronized void cut() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.start();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            if (requiredAuthorization.isPresent() && !requiredAuthorization.get().equals(authorization)) {
                byte[] body = "{\"error_code\":401,\"message\":\"Unauthorized\"}".getBytes();
                exchange.sendResponseHeaders(401, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(requestBody));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        cut();
    }
}
