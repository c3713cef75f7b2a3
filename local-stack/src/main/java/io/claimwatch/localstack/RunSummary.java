package io.claimwatch.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimStatus;

/**
 * What a pipeline run ended with, as {@code claimwatch chaos} compares it: the (claim, article) pairs the statuses
 * count, the evidence facts they count, the committed records on {@code news.claims.evidence} (a duplicate or a lost
 * write under a crash would change it), and the verdict per claim. Claims are named by the alphabetically first claim
 * text of their facts ({@link PipelineDrain#drain}), not by their id nor their status's text: a claim id is derived from
 * the mention that opened the claim, and the status's text from its earliest fact (ties broken by arrival), both of
 * which depend on the order mentions reached the resolver and the aggregate, and that order differs between runs.
 */
record RunSummary(int articles, int evidenceFacts, long evidenceRecords, SortedMap<String, String> verdicts) {

    /** Waits until every article has gone through, then reads the outcome from the topics. */
    static RunSummary collect(String bootstrap, String registryUrl, List<String> articleIds, Duration timeout) {
        PipelineDrain.Drained drained = PipelineDrain.drain(bootstrap, registryUrl, articleIds, timeout);
        int articles = 0;
        SortedMap<String, String> verdicts = new TreeMap<>();
        int facts = 0;
        for (ClaimStatus status : drained.statuses().values()) {
            articles += status.getCounts().getArticles();
            facts += status.getCounts().getEvidence();
            String name = drained.names().getOrDefault(status.getClaimId(), status.getText());
            verdicts.merge(name, status.getVerdict().name() + " (" + status.getCounts().getEvidence() + " facts)",
                    (a, b) -> a.compareTo(b) <= 0 ? a + ", " + b : b + ", " + a);
        }
        return new RunSummary(articles, facts, committedRecords(bootstrap, Topics.CLAIMS_EVIDENCE), verdicts);
    }

    private static long committedRecords(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "claimwatch-chaos-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    /** One line per compared quantity. */
    String describe() {
        long decided = verdicts.values().stream().filter(v -> !v.equals("UNVERIFIED")).count();
        return String.format("%d (claim, article) pairs in statuses, %d claims (%d with a decided verdict), %d evidence "
                + "facts, %d evidence records", articles, verdicts.size(), decided, evidenceFacts, evidenceRecords);
    }
}
