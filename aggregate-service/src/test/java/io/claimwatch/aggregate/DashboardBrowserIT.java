package io.claimwatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.testing.FreePorts;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium against a running aggregate-service on the real broker and registry:
 * the page lists the claims the service holds with their verdicts and scores, opens a claim with its sources grouped
 * by stance and its score history drawn by Chart.js, and shows new statuses arriving over Server-Sent Events without
 * a reload. Claim ids carry a per-run suffix because the broker is shared by every integration test of the JVM; the
 * expected values are read from the service's own API rather than hard-coded, since the page must mirror it. The
 * screenshot lands in {@code target/dashboard.png} (Failsafe runs in the module directory).
 */
@ExtendWith(KafkaStackExtension.class)
class DashboardBrowserIT {

  private static final Path TARGET = Path.of("target");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  /** Generous: the build machine may be shared and busy; the waits end as soon as the condition holds. */
  private static final Duration WAIT = Duration.ofSeconds(120);

  @Test
  void shouldShowClaimsHistoryAndLiveStatusWhenEvidenceArrives(KafkaStack stack, @TempDir Path stateDir)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String dam = "dam-" + run;
    String mayor = "mayor-" + run;
    String ferry = "ferry-" + run;
    stack.kafka().createTopics(Topics.specs(3));
    int port = FreePorts.next();
    EnvConfig env = EnvConfig.of(Map.of(
        "AGGREGATE_PORT", String.valueOf(port),
        "AGGREGATE_APPLICATION_ID", "dashboard-it-" + run,
        "AGGREGATE_STATE_DIR", stateDir.toString(),
        "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
        "KAFKA_COMMIT_INTERVAL_MS", "100",
        "SCHEMA_REGISTRY_URL", stack.registryUrl()));
    String base = "http://localhost:" + port;
    DashboardApi api = new DashboardApi(base);

    AggregateService.Running service = AggregateService.start(AggregateConfig.from(env));
    try (KafkaProducer<String, ClaimEvidence> producer = producer(stack);
        DashboardBrowser browser = DashboardBrowser.start(TARGET.resolve("chromedriver.log"))) {
      send(producer, initialEvidence(dam, mayor));
      await().atMost(WAIT).untilAsserted(() -> {
        assertThat(api.status("/health/ready")).as("/health/ready").isEqualTo(200);
        assertThat(api.status("/claims/" + dam)).as("GET /claims/" + dam).isEqualTo(200);
        assertThat(evidenceCount(api, mayor)).as("evidence on " + mayor).isEqualTo(3);
      });

      ChromeDriver page = browser.driver();
      WebDriverWait wait = new WebDriverWait(page, WAIT);
      page.get(base + "/");
      wait.until(d -> !d.findElements(row(dam)).isEmpty() && !d.findElements(row(mayor)).isEmpty());
      for (String claimId : List.of(dam, mayor)) {
        assertRowMirrors(page, api.get("/claims/" + claimId));
      }
      wait.until(d -> "live".equals(d.findElement(By.id("live-indicator")).getDomAttribute("data-state")));
      page.executeScript("window.claimwatchSamePage = true;");

      // the list re-renders on every status event, so a row found a moment ago may be gone: retry the click
      wait.ignoring(StaleElementReferenceException.class).until(d -> {
        d.findElement(row(mayor)).findElement(By.tagName("button")).click();
        return true;
      });
      wait.until(d -> mayor.equals(d.findElement(By.id("claim-detail")).getDomAttribute("data-claim-id"))
          && d.findElement(By.id("detail-body")).isDisplayed());
      JsonNode before = api.get("/claims/" + mayor);
      assertThat(page.findElement(By.id("detail-text")).getText()).isEqualTo(before.get("text").asText());
      assertThat(sourceNames(page, "confirms")).contains("Harbor Gazette");
      assertThat(sourceNames(page, "denies")).contains("Port Elsen City Hall");
      assertThat(texts(page, "#sources-confirms .source-relayed")).anyMatch(t -> t.contains("Coastal Wire"));
      wait.until(d -> chartPoints(page) == before.get("history").size());
      assertThat(drawnPixels(page)).as("pixels Chart.js drew on #score-chart").isGreaterThan(500);

      send(producer, liveEvidence(mayor, ferry));
      await().atMost(WAIT).untilAsserted(() -> {
        assertThat(evidenceCount(api, mayor)).as("evidence on " + mayor).isEqualTo(4);
        assertThat(api.status("/claims/" + ferry)).as("GET /claims/" + ferry).isEqualTo(200);
        // the status (and its history point) is published after the evidence it counts
        assertThat(api.get("/claims/" + mayor).get("history").size()).as("history of " + mayor)
            .isGreaterThan(before.get("history").size());
      });
      JsonNode after = api.get("/claims/" + mayor);

      wait.until(d -> sourceNames(page, "denies").contains("Councillor Ines Varga"));
      wait.until(d -> chartPoints(page) == after.get("history").size());
      wait.until(d -> !d.findElements(row(ferry)).isEmpty());
      assertRowMirrors(page, after);
      assertRowMirrors(page, api.get("/claims/" + ferry));
      assertThat(page.executeScript("return document.getElementById('detail-verdict').getAttribute('data-verdict');"))
          .as("verdict in the open detail (the badge is replaced on each update)")
          .isEqualTo(after.get("verdict").asText());
      assertThat(page.executeScript("return window.claimwatchSamePage === true;"))
          .as("the page was updated in place, not reloaded").isEqualTo(true);
      assertThat(Integer.parseInt(page.findElement(By.id("live-indicator")).getDomAttribute("data-events")))
          .as("status events received over SSE").isGreaterThanOrEqualTo(2);

      browser.screenshot(TARGET.resolve("dashboard.png"));
      assertThat(browser.consoleMessages(Level.SEVERE)).as("browser console errors").isEmpty();
    } finally {
      closeWithin(service, Duration.ofSeconds(40));
    }
  }

  /**
   * Stops the service on another thread so a shutdown that hangs (e.g. on the dashboard's open SSE stream) fails
   * this test with a message instead of blocking the build.
   */
  private static void closeWithin(AggregateService.Running service, Duration limit) throws Exception {
    CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);
    try {
      closing.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("aggregate-service did not shut down within " + limit.toSeconds()
          + " s after serving the dashboard's SSE stream", e);
    }
  }

  /** Two claims: one confirmed by its own party and relayed, one confirmed by a paper (with echoes) and denied. */
  private static List<ClaimEvidence> initialEvidence(String dam, String mayor) {
    String damText = "The Riverton dam will close for repairs in April";
    String mayorText = "The mayor of Port Elsen has resigned";
    return List.of(
        DashboardEvidence.claim(dam, damText)
            .by("Riverton Water Authority", SourceType.ORGANIZATION, Stance.CONFIRMS, "valley-courier-1", "Valley Courier")
            .party().quote("The dam will be closed from April 3 while the spillway is rebuilt.")
            .at(T0),
        DashboardEvidence.claim(dam, damText)
            .by("Valley Courier", SourceType.PUBLICATION, Stance.REPORTS, "valley-courier-1", "Valley Courier")
            .quote("The dam is to close in April, the authority said.")
            .at(T0.plusSeconds(60)),
        DashboardEvidence.claim(mayor, mayorText)
            .by("Harbor Gazette", SourceType.PUBLICATION, Stance.CONFIRMS, "gazette-7", "Harbor Gazette")
            .quote("The mayor handed in his resignation on Monday, the Gazette has learned.")
            .at(T0.plusSeconds(3_600)),
        DashboardEvidence.claim(mayor, mayorText)
            .by("Coastal Wire", SourceType.PUBLICATION, Stance.CONFIRMS, "coastal-wire-3", "Coastal Wire")
            .citing("Harbor Gazette", SourceType.PUBLICATION)
            .quote("The mayor has resigned, the Harbor Gazette reported.")
            .at(T0.plusSeconds(5_400)),
        DashboardEvidence.claim(mayor, mayorText)
            .by("Port Elsen City Hall", SourceType.ORGANIZATION, Stance.DENIES, "elsen-daily-12", "Elsen Daily")
            .party().quote("The mayor remains in office and will chair Thursday's council meeting.")
            .at(T0.plusSeconds(7_200)));
  }

  /** A named councillor denies the resignation; a new claim appears. */
  private static List<ClaimEvidence> liveEvidence(String mayor, String ferry) {
    return List.of(
        DashboardEvidence.claim(mayor, "The mayor of Port Elsen has resigned")
            .by("Councillor Ines Varga", SourceType.PERSON, Stance.DENIES, "elsen-daily-13", "Elsen Daily")
            .quote("I spoke to him this morning; he has not resigned.")
            .at(T0.plusSeconds(10_800)),
        DashboardEvidence.claim(ferry, "The Lund Island ferry will stop running in May")
            .by("Lund Ferry Company", SourceType.ORGANIZATION, Stance.CONFIRMS, "island-news-4", "Island News")
            .party().quote("The last crossing will be on May 31.")
            .at(T0.plusSeconds(10_860)));
  }

  private static KafkaProducer<String, ClaimEvidence> producer(KafkaStack stack) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(props, new StringSerializer(),
        AvroSerdes.forValues(stack.registryClient(), ClaimEvidence.class).serializer());
  }

  private static void send(KafkaProducer<String, ClaimEvidence> producer, List<ClaimEvidence> facts)
      throws Exception {
    for (ClaimEvidence fact : facts) {
      producer.send(new ProducerRecord<>(Topics.CLAIMS_EVIDENCE, null, fact.getEventTime().toEpochMilli(),
          fact.getClaimId(), fact)).get();
    }
  }

  private static int evidenceCount(DashboardApi api, String claimId) {
    return api.status("/claims/" + claimId) == 200 ? api.get("/claims/" + claimId).get("evidence").size() : 0;
  }

  private static By row(String claimId) {
    return By.cssSelector(".claim-row[data-claim-id='" + claimId + "']");
  }

  /**
   * Reads the row in one script call, so a re-render by a status event between two reads cannot leave the test
   * holding a stale element; the row is looked up again until it mirrors the API's claim.
   */
  private static void assertRowMirrors(ChromeDriver page, JsonNode claim) {
    String claimId = claim.get("claimId").asText();
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = (Map<String, Object>) page.executeScript("""
          const row = document.querySelector(".claim-row[data-claim-id='" + arguments[0] + "']");
          if (!row) return null;
          return {text: row.innerText, verdict: row.getAttribute('data-verdict'),
                  badge: row.querySelector('.badge').innerText, score: row.getAttribute('data-score'),
                  meter: row.querySelector('[role=meter]').getAttribute('aria-valuenow')};""", claimId);
      assertThat(row).as("row of " + claimId).isNotNull();
      assertThat((String) row.get("text")).contains(claim.get("text").asText());
      assertThat(row.get("verdict")).isEqualTo(claim.get("verdict").asText());
      assertThat((String) row.get("badge")).isEqualToIgnoringCase(claim.get("verdict").asText());
      assertThat(Double.parseDouble((String) row.get("score"))).isEqualTo(claim.get("score").asDouble());
      assertThat(Double.parseDouble((String) row.get("meter")))
          .isCloseTo(claim.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.005));
    });
  }

  private static List<String> sourceNames(ChromeDriver page, String stance) {
    return texts(page, "#sources-" + stance + " .source-name");
  }

  /** The rendered text of every element matching the selector, read in one script call (no stale elements). */
  @SuppressWarnings("unchecked")
  private static List<String> texts(ChromeDriver page, String cssSelector) {
    return (List<String>) page.executeScript(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText);", cssSelector);
  }

  private static int chartPoints(ChromeDriver page) {
    String points = page.findElement(By.id("score-chart")).getDomAttribute("data-points");
    return points == null ? -1 : Integer.parseInt(points);
  }

  /** Non-transparent pixels on the chart canvas: zero when Chart.js did not draw. */
  private static long drawnPixels(ChromeDriver page) {
    Object count = page.executeScript("""
        const c = document.getElementById('score-chart');
        if (!c.width || !c.height) return 0;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++;
        return n;""");
    return ((Number) count).longValue();
  }
}
