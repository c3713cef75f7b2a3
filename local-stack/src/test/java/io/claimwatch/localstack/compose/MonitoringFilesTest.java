package io.claimwatch.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the monitoring part of the compose deployment against the code: Prometheus scrapes exactly the ClaimWatch
 * services on their ports, and every Grafana query names metrics the services really expose.
 */
class MonitoringFilesTest {

    private final DeploymentFiles files = DeploymentFiles.fromModuleDirectory();
    private final JsonNode services = files.services();

    @Test
    void shouldScrapeEveryServiceMetricsWhenPrometheusIsConfigured() {
        JsonNode prometheus = files.yaml("docker/prometheus/prometheus.yml");
        Map<String, Integer> ports = ComposeFileTest.defaultPorts();
        Map<String, Integer> scraped = new HashMap<>();
        prometheus.path("scrape_configs").forEach(job -> {
            if (job.path("job_name").asText().equals("prometheus")) {
                return;
            }
            assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
            job.path("static_configs").forEach(c -> c.path("targets").forEach(t -> {
                String[] hostPort = t.asText().split(":");
                assertThat(services.has(hostPort[0])).as("target %s is a compose service", t.asText()).isTrue();
                scraped.put(hostPort[0], Integer.parseInt(hostPort[1]));
            }));
        });
        assertThat(scraped).isEqualTo(ports);
        assertThat(files.compose().path("services").path("prometheus").path("volumes").toString())
                .contains("./docker/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml");
    }

    @Test
    void shouldQueryOnlyExposedMetricsWhenGrafanaDashboardIsProvisioned(@TempDir Path stateDir) {
        JsonNode dashboard = files.json("docker/grafana/dashboards/claimwatch.json");
        Set<String> exposed = ExposedMetricNames.all(files.root(), stateDir);
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(dashboard.path("panels").size());
        expressions.forEach(expr -> assertThat(PromQl.metricNames(expr))
                .as("metrics in %s", expr).isNotEmpty().isSubsetOf(exposed));

        String datasourceUid = files.yaml("docker/grafana/provisioning/datasources/prometheus.yml")
                .path("datasources").get(0).path("uid").asText();
        dashboard.path("panels").forEach(panel ->
                assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(datasourceUid));
        String dashboardsPath = files.yaml("docker/grafana/provisioning/dashboards/claimwatch.yml")
                .path("providers").get(0).path("options").path("path").asText();
        assertThat(services.path("grafana").path("volumes").toString())
                .contains("./docker/grafana/dashboards:" + dashboardsPath + ":ro");
    }

    @Test
    void shouldCoverTheIssuePanelsWhenDashboardIsBuilt() {
        JsonNode dashboard = files.json("docker/grafana/dashboards/claimwatch.json");
        Set<String> queried = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(t -> queried.addAll(PromQl.metricNames(t.path("expr").asText()))));
        Set<String> ownMeters = ExposedMetricNames.fromServiceSources(files.root());
        assertThat(ownMeters).contains("ingest_articles_accepted_total", "ingest_articles_rejected_total",
                "claimwatch_claims", "claimwatch_status_update_latency_seconds");
        assertThat(queried).contains("ingest_articles_accepted_total", "ingest_articles_rejected_total",
                "kafka_stream_thread_process_rate", "kafka_consumer_fetch_manager_records_lag_max",
                "claimwatch_status_update_latency_seconds", "claimwatch_claims");
    }
}
