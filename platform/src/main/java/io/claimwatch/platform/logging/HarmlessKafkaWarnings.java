package io.claimwatch.platform.logging;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops six WARN messages that Kafka logs in normal operation of the local stack and that say nothing is
 * wrong, each matched by its logger and its text, so that every other WARN of the same loggers still shows
 * (lowering those loggers would hide real trouble: {@code NetworkClient} also reports unreachable brokers). ERRORs
 * are never dropped. The messages (checked against Kafka 4.3.1 by {@code HarmlessKafkaWarningsTest}):
 * <ul>
 * <li>{@code QuorumController}: "The metadata log appears to be empty" - the first start of a freshly formatted
 * KRaft log, which is what the embedded broker formats for every run;</li>
 * <li>{@code OffsetFetcherUtils}, global consumer only: "Not updating last stable offset ... no longer assigned" -
 * Kafka Streams restores a global table one partition at a time after asking the end offsets of all of them;</li>
 * <li>{@code NetworkClient}: a metadata response whose only errors are {@code UNKNOWN_TOPIC_OR_PARTITION} for
 * Kafka Streams internal topics ({@code -repartition}, {@code -changelog}, foreign-key join {@code -topic}s) - on
 * a fresh cluster the group leader creates them in the first rebalance, after the consumer first asked for them;</li>
 * <li>{@code NetworkClient}: "Attempting to close NetworkClient that has already been closed" from the broker's own
 * {@code NodeToControllerChannelManager} - the embedded broker closes that channel twice when it stops;</li>
 * <li>{@code Sender}: a produce response with {@code CONCURRENT_TRANSACTIONS} that the producer retries - with
 * transactions v2 a transactional producer that starts its next transaction while the markers of the last one are
 * still being written gets this error and retries (KAFKA-18654); a retry that never succeeds ends in an ERROR of
 * the producer, which still shows; and the same retry for {@code OUT_OF_ORDER_SEQUENCE_NUMBER}, which a broker with
 * transactions v2 returns as a retriable error for a batch that reaches a partition before the producer's first one
 * (KAFKA-18202: with no producer state only sequence 0 is accepted); a sequence error the producer cannot retry is
 * raised to the application and still shows as an ERROR.</li>
 * </ul>
 * Installed by the shared {@code logback.xml} as a {@code turboFilter}.
 */
public final class HarmlessKafkaWarnings extends TurboFilter {
    private static final Pattern METADATA_ERROR = Pattern.compile("([^{}=,\\s]+)=([A-Z_]+)");
    private static final List<KnownMessage> KNOWN = List.of(
            new KnownMessage("org.apache.kafka.controller.QuorumController",
                    text -> text.contains("The metadata log appears to be empty")),
            new KnownMessage("org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils",
                    text -> text.contains("-global-consumer") && text.contains("as it is no longer assigned")),
            new KnownMessage("org.apache.kafka.clients.NetworkClient", HarmlessKafkaWarnings::onlyMissingInternalTopics),
            new KnownMessage("org.apache.kafka.clients.NetworkClient",
                    text -> text.startsWith("[NodeToControllerChannelManager ")
                            && text.contains("Attempting to close NetworkClient that has already been closed")),
            new KnownMessage("org.apache.kafka.clients.producer.internals.Sender",
                    text -> text.contains("Got error produce response") && text.contains(", retrying (")
                            && (text.endsWith("Error: CONCURRENT_TRANSACTIONS")
                                || text.endsWith("Error: OUT_OF_ORDER_SEQUENCE_NUMBER"))));

    /** A message of one logger, recognised by its (already formatted) text. */
    private record KnownMessage(String logger, Predicate<String> text) {
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || level != Level.WARN) {
            return FilterReply.NEUTRAL;
        }
        for (KnownMessage known : KNOWN) {
            if (known.logger().equals(logger.getName()) && known.text().test(format)) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** "... reported a recoverable issue with correlation id N : {topic=ERROR, ...}" naming only internal topics. */
    static boolean onlyMissingInternalTopics(String text) {
        int start = text.indexOf("reported a recoverable issue");
        if (start < 0) {
            return false;
        }
        int colon = text.indexOf(':', start);
        if (colon < 0) {
            return false;
        }
        Matcher errors = METADATA_ERROR.matcher(text.substring(colon + 1));
        boolean any = false;
        while (errors.find()) {
            any = true;
            if (!errors.group(2).equals("UNKNOWN_TOPIC_OR_PARTITION") || !isStreamsInternalTopic(errors.group(1))) {
                return false;
            }
        }
        return any;
    }

    private static boolean isStreamsInternalTopic(String topic) {
        return topic.endsWith("-repartition") || topic.endsWith("-changelog")
                || topic.endsWith("-subscription-registration-topic") || topic.endsWith("-subscription-response-topic");
    }
}
