package io.claimwatch.localstack;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import io.claimwatch.localstack.processes.ProcessSupervisor;
import io.claimwatch.localstack.processes.ServiceKind;

/**
 * Sends SIGKILL to enrich or aggregate (chosen at random) at random points of a feed: {@code kills} distinct article
 * positions drawn uniformly from the middle 80 % of the feed. Before each kill it waits until the victim is ready
 * again (a restart after an earlier kill), so every kill hits a service that is processing records.
 */
final class ChaosMonkey {
    private static final Duration READY_WAIT = Duration.ofSeconds(120);
    private final ProcessSupervisor supervisor;
    private final StackPorts ports;
    private final Random random;
    private final TreeSet<Integer> killAt = new TreeSet<>();
    private final PrintWriter log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> kills = new ArrayList<>();
    private int posted;

    ChaosMonkey(ProcessSupervisor supervisor, StackPorts ports, int articles, int killCount, Random random, PrintWriter log) {
        this.supervisor = supervisor;
        this.ports = ports;
        this.random = random;
        this.log = log;
        int from = articles / 10;
        int span = Math.max(1, articles - 2 * from);
        while (killAt.size() < Math.min(killCount, span)) {
            killAt.add(from + 1 + random.nextInt(span));
        }
    }

    /** Called after each posted article: kills when this position was drawn. */
    void afterArticle() {
        posted++;
        if (!killAt.contains(posted)) {
            return;
        }
        ServiceKind victim = random.nextBoolean() ? ServiceKind.ENRICH : ServiceKind.AGGREGATE;
        awaitReady(victim);
        long pid = supervisor.kill(victim);
        String line = "kill -9 " + victim.key() + "-service (pid " + pid + ") after article " + posted;
        kills.add(line);
        log.println(line);
        log.flush();
    }

    List<String> kills() {
        return List.copyOf(kills);
    }

    private void awaitReady(ServiceKind kind) {
        int port = kind == ServiceKind.ENRICH ? ports.enrich() : ports.aggregate();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // restarting: not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(kind.key() + "-service did not become ready within " + READY_WAIT.toSeconds() + " s");
    }
}
