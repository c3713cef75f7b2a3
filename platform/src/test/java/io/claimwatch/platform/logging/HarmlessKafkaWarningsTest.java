package io.claimwatch.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.utils.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The filter drops exactly the known harmless Kafka WARNs, logged the way Kafka logs them (through its
 * {@link LogContext} loggers, which format the message and prepend the client's prefix), and nothing else.
 */
class HarmlessKafkaWarningsTest {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final HarmlessKafkaWarnings filter = new HarmlessKafkaWarnings();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void attach() {
        filter.start();
        context.addTurboFilter(filter);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    @AfterEach
    void detach() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        context.getTurboFilterList().remove(filter);
    }

    @Test
    void shouldDropTheFreshKraftLogActivationWarningButKeepOtherControllerWarnings() {
        org.slf4j.Logger log = new LogContext("[QuorumController id=1] ")
                .logger(org.apache.kafka.controller.QuorumController.class);
        log.warn("Performing controller activation. The metadata log appears to be empty. Appending 6 bootstrap "
                + "record(s) in metadata transaction at metadata.version 4.3-IV0 from bootstrap source 'x'.");
        log.warn("Renouncing the leadership due to a metadata log event");

        assertThat(messages()).containsExactly("[QuorumController id=1] Renouncing the leadership due to a metadata log event");
    }

    @Test
    void shouldDropMissingInternalTopicsInMetadataButKeepAMissingSourceTopic() {
        org.slf4j.Logger log = new LogContext("[Consumer clientId=app-1-StreamThread-1-consumer, groupId=app] ")
                .logger(org.apache.kafka.clients.NetworkClient.class);
        String format = "The metadata response from the cluster reported a recoverable issue with correlation id {} : {}";
        log.warn(format, 2, Map.of("app-facts-repartition", Errors.UNKNOWN_TOPIC_OR_PARTITION,
                "app-join-subscription-registration-topic", Errors.UNKNOWN_TOPIC_OR_PARTITION));
        log.warn(format, 3, Map.of("news.articles.raw", Errors.UNKNOWN_TOPIC_OR_PARTITION));
        log.warn(format, 4, Map.of("app-store-changelog", Errors.LEADER_NOT_AVAILABLE));

        assertThat(messages()).hasSize(2).allSatisfy(m -> assertThat(m).contains("recoverable issue"))
                .anySatisfy(m -> assertThat(m).contains("news.articles.raw"))
                .anySatisfy(m -> assertThat(m).contains("LEADER_NOT_AVAILABLE"));
    }

    @Test
    void shouldDropRetriedTransactionsV2ProduceErrorsButKeepOtherProduceErrors() {
        org.slf4j.Logger log = new LogContext("[Producer clientId=app-StreamThread-1-producer, transactionalId=app-1] ")
                .logger(org.apache.kafka.clients.producer.internals.Sender.class);
        String format = "Got error produce response with correlation id {} on topic-partition {}, retrying ({} attempts left). Error: {}";
        log.warn(format, 62, "app-deltas-repartition-1", Integer.MAX_VALUE - 1, Errors.CONCURRENT_TRANSACTIONS);
        log.warn(format, 63, "app-deltas-repartition-1", Integer.MAX_VALUE - 1, Errors.NOT_ENOUGH_REPLICAS);
        log.warn(format, 64, "app-facts-changelog-0", Integer.MAX_VALUE - 1, Errors.OUT_OF_ORDER_SEQUENCE_NUMBER);

        assertThat(messages()).singleElement().satisfies(m -> assertThat(m).endsWith("Error: NOT_ENOUGH_REPLICAS"));
    }

    @Test
    void shouldDropTheGlobalRestoreOffsetWarningOnlyForTheGlobalConsumer() {
        Class<?> fetcher = offsetFetcherUtils();
        String format = "Not updating last stable offset for partition {} as it is no longer assigned";
        new LogContext("[Consumer clientId=app-0f-global-consumer, groupId=null] ").logger(fetcher).warn(format, "t-1");
        new LogContext("[Consumer clientId=app-0f-StreamThread-1-consumer, groupId=app] ").logger(fetcher).warn(format, "t-2");

        assertThat(messages()).containsExactly("[Consumer clientId=app-0f-StreamThread-1-consumer, groupId=app] "
                + "Not updating last stable offset for partition t-2 as it is no longer assigned");
    }

    @Test
    void shouldDropTheBrokerChannelDoubleCloseButKeepErrors() {
        org.slf4j.Logger log = new LogContext("[NodeToControllerChannelManager id=1 name=registration] ")
                .logger(org.apache.kafka.clients.NetworkClient.class);
        log.warn("Attempting to close NetworkClient that has already been closed.");
        log.error("Attempting to close NetworkClient that has already been closed.");

        assertThat(appender.list).singleElement().satisfies(e -> assertThat(e.getLevel().toString()).isEqualTo("ERROR"));
    }

    private List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Class<?> offsetFetcherUtils() {
        try {
            return Class.forName("org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Kafka's OffsetFetcherUtils moved: update HarmlessKafkaWarnings", e);
        }
    }
}
