package io.claimwatch.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Waits until every service of a local stack answers 200 on {@code /health/ready}, checking every 200 ms. */
final class ReadinessWait {
    private ReadinessWait() {
    }

    static void until(StackPorts stackPorts, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<Integer> ports = List.of(stackPorts.ingest(), stackPorts.enrich(), stackPorts.aggregate());
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int port : ports) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            while (!isReady(http, request)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("service on port " + port + " not ready within " + timeout
                            + " (see " + request.uri() + ")");
                }
                pause();
            }
        }
    }

    private static boolean isReady(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for services", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for services", e);
        }
    }
}
