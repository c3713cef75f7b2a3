package io.claimwatch.localstack.compose;

import io.claimwatch.platform.metrics.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Prometheus metric names the ClaimWatch services expose, found two ways so dashboards can be checked against
 * the code rather than against a list kept by hand:
 * <ul>
 *   <li>the services' own meters: every {@code Counter/Timer/Gauge/DistributionSummary.builder("name")} in the
 *   services' main sources, named the way Micrometer's Prometheus registry names them (dots to underscores,
 *   counters {@code _total}, timers {@code _seconds[_count|_sum|_max|_bucket]}, base units as suffix);</li>
 *   <li>library meters, scraped for real: {@link Metrics#prometheus} (JVM, process) plus Micrometer's
 *   {@link KafkaStreamsMetrics} bound to a Kafka Streams instance that is constructed but never started (the
 *   thread, consumer and producer metrics exist from construction; nothing connects to a broker).</li>
 * </ul>
 */
final class ExposedMetricNames {

    static final List<String> SERVICE_MODULES = List.of("ingest-service", "enrich-service", "aggregate-service");

    private static final Pattern BUILDER =
            Pattern.compile("\\b(Counter|Timer|Gauge|DistributionSummary|LongTaskTimer)\\.builder\\(\\s*\"([^\"]+)\"([^;]*);",
                    Pattern.DOTALL);
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([^\"]+)\"");

    private ExposedMetricNames() {
    }

    static Set<String> all(Path repositoryRoot, Path stateDir) {
        Set<String> names = new TreeSet<>(fromServiceSources(repositoryRoot));
        names.addAll(scrapedLibraryMeters(stateDir));
        return names;
    }

    static Set<String> fromServiceSources(Path repositoryRoot) {
        Set<String> names = new TreeSet<>();
        for (String module : SERVICE_MODULES) {
            Path sources = repositoryRoot.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = BUILDER.matcher(Files.readString(file));
                    while (m.find()) {
                        names.addAll(prometheusNames(m.group(1), m.group(2), m.group(3)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    static List<String> prometheusNames(String meterType, String micrometerName, String builderChain) {
        String base = micrometerName.replace('.', '_').replace('-', '_');
        Matcher unit = BASE_UNIT.matcher(builderChain);
        return switch (meterType) {
            case "Counter" -> List.of(base + "_total");
            case "Gauge" -> List.of(unit.find() ? base + "_" + unit.group(1) : base);
            case "Timer", "LongTaskTimer" -> withSummarySuffixes(base + "_seconds");
            default -> withSummarySuffixes(unit.find() ? base + "_" + unit.group(1) : base);
        };
    }

    private static List<String> withSummarySuffixes(String name) {
        return List.of(name, name + "_count", name + "_sum", name + "_max", name + "_bucket");
    }

    static Set<String> scrapedLibraryMeters(Path stateDir) {
        PrometheusMeterRegistry registry = Metrics.prometheus("metric-names-probe");
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("probe-in", Consumed.with(Serdes.String(), Serdes.String()).withName("probe-source"))
                .to("probe-out", Produced.with(Serdes.String(), Serdes.String()).withName("probe-sink"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metric-names-probe");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        try (KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams)) {
            streamsMetrics.bindTo(registry);
            return namesIn(registry.scrape());
        } finally {
            // Never started, so there is nothing to flush; don't wait for the clients' futile broker connections.
            streams.close(Duration.ofSeconds(1));
            registry.close();
        }
    }

    private static Set<String> namesIn(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }
}
