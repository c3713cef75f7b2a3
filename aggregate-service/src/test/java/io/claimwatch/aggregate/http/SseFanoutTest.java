package io.claimwatch.aggregate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimwatch.platform.http.HttpSettings;
import io.claimwatch.platform.http.ServiceHttp;
import io.claimwatch.platform.metrics.Metrics;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live updates under load: a client that never reads is dropped once its queue is full while a reading client gets
 * every event, and streams beyond the client limit are refused with a 503 JSON answer.
 */
class SseFanoutTest {

  private static final int MAX_CLIENTS = 2;
  private static final int QUEUE = 16;

  private SseFanout fanout;
  private Javalin app;

  @BeforeEach
  void start() {
    fanout = new SseFanout(new SseFanout.Limits(MAX_CLIENTS, QUEUE));
    app = ServiceHttp.create("sse-test", HttpSettings.LOCAL, Metrics.prometheus("sse-test"), config -> {
      config.routes.before("/stream", fanout::admit);
      config.routes.sse("/stream", fanout::subscribe);
    });
    ServiceHttp.start(app, HttpSettings.LOCAL, 0);
  }

  @AfterEach
  void stop() {
    fanout.close();
    app.stop();
  }

  @Test
  void shouldDropClientThatNeverReadsWithoutStallingOthersWhenEventsPileUp() throws Exception {
    try (Socket stuck = new Socket("127.0.0.1", app.port())) {
      stuck.setReceiveBufferSize(4096);
      OutputStream request = stuck.getOutputStream();
      request.write(("GET /stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      request.flush();
      await().atMost(Duration.ofSeconds(10)).until(() -> fanout.clientCount() == 1);

      AtomicInteger received = new AtomicInteger();
      Thread reader = Thread.ofVirtual().start(() -> readEvents(received));
      await().atMost(Duration.ofSeconds(10)).until(() -> fanout.clientCount() == 2);

      String big = "x".repeat(64 * 1024);
      int events = 200;
      for (int i = 0; i < events; i++) {
        fanout.publish(new SseFanout.Event("c-" + i, "status", "{\"n\":" + i + ",\"pad\":\"" + big + "\"}"));
        // The reading client keeps up (never more than half its queue behind); the stuck one cannot.
        int published = i + 1;
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
            .until(() -> received.get() >= published - QUEUE / 2);
      }

      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        assertThat(fanout.droppedClients()).isEqualTo(1);
        assertThat(received.get()).isEqualTo(events);
      });
      assertThat(fanout.clientCount()).isEqualTo(1);
      reader.interrupt();
    }
  }

  @Test
  void shouldRefuseWithJsonWhenClientLimitIsReached() throws Exception {
    Socket[] open = new Socket[MAX_CLIENTS];
    try {
      for (int i = 0; i < MAX_CLIENTS; i++) {
        open[i] = new Socket("127.0.0.1", app.port());
        open[i].getOutputStream().write("GET /stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        open[i].getOutputStream().flush();
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> fanout.clientCount() == MAX_CLIENTS);

      HttpResponse<String> refused = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/stream"))
              .header("Accept", "text/event-stream").build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
      assertThat(refused.body()).contains("\"error\":\"too_many_streams\"");
    } finally {
      for (Socket socket : open) {
        if (socket != null) {
          socket.close();
        }
      }
    }
  }

  private void readEvents(AtomicInteger received) {
    try {
      HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/stream"))
              .header("Accept", "text/event-stream").build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.startsWith("event: status")) {
            received.incrementAndGet();
          }
        }
      }
    } catch (Exception e) {
      // interrupted at the end of the test
    }
  }
}
