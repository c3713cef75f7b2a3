package io.claimwatch.ingest;

import io.claimwatch.ingest.validate.RejectReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The service's own meters (Prometheus names): {@code ingest_articles_accepted_total{status=created|updated}},
 * {@code ingest_articles_unchanged_total}, {@code ingest_articles_rejected_total{reason}},
 * {@code ingest_articles_retracted_total}, {@code ingest_request_bytes} (summary of payload sizes, HTTP and import),
 * {@code ingest_produce_latency_seconds} (time from starting a transaction to the broker's commit acknowledgement).
 * Kafka producer metrics are bound separately by the writer.
 */
public final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter created;
    private final Counter updated;
    private final Counter unchanged;
    private final Counter retracted;
    private final DistributionSummary bytes;
    private final Timer produceLatency;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.created = Counter.builder("ingest.articles.accepted").tag("status", "created").register(registry);
        this.updated = Counter.builder("ingest.articles.accepted").tag("status", "updated").register(registry);
        this.unchanged = Counter.builder("ingest.articles.unchanged").register(registry);
        this.retracted = Counter.builder("ingest.articles.retracted").register(registry);
        this.bytes = DistributionSummary.builder("ingest.request.bytes").baseUnit("bytes").register(registry);
        this.produceLatency = Timer.builder("ingest.produce.latency").publishPercentiles(0.5, 0.99).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void created() {
        created.increment();
    }

    public void updated() {
        updated.increment();
    }

    public void unchanged() {
        unchanged.increment();
    }

    public void retracted() {
        retracted.increment();
    }

    public void rejected(RejectReason reason) {
        Counter.builder("ingest.articles.rejected").tag("reason", reason.code()).register(registry).increment();
    }

    public void payloadBytes(long size) {
        bytes.record(size);
    }

    public Timer produceLatency() {
        return produceLatency;
    }
}
