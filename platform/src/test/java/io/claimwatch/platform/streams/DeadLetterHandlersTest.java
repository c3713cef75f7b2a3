package io.claimwatch.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterHandlersTest {

  private static final String RAW = "news.test.dead-letter.raw";

  @Test
  void shouldSendTheInputWithAValidTimestampWhenARecordIsTooLargeAndTheContextHasNone() {
    DeadLetterHandlers.Production handler = new DeadLetterHandlers.Production();
    handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, RAW));
    byte[] input = "the input".getBytes(StandardCharsets.UTF_8);
    ProducerRecord<byte[], byte[]> tooLarge = new ProducerRecord<>("claim-store-changelog", "c1".getBytes(),
        new byte[2_000_000]);

    ProductionExceptionHandler.Response response = handler.handleError(context(-1, input), tooLarge,
        new RecordTooLargeException("1048813 bytes"));

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(letter -> {
      assertThat(letter.topic()).isEqualTo(RAW);
      assertThat(letter.timestamp()).isPositive();
      assertThat(letter.value()).isEqualTo(input);
      assertThat(new String(letter.headers().lastHeader("dead-letter.reason").value(), StandardCharsets.UTF_8))
          .isEqualTo("production");
      assertThat(new String(letter.headers().lastHeader("dead-letter.failed-topic").value(), StandardCharsets.UTF_8))
          .isEqualTo("claim-store-changelog");
    });
  }

  @Test
  void shouldRetryWhenTheSendErrorIsRetriable() {
    DeadLetterHandlers.Production handler = new DeadLetterHandlers.Production();
    handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, RAW));

    ProductionExceptionHandler.Response response = handler.handleError(context(5, null),
        new ProducerRecord<>("t", new byte[1]), new TimeoutException("slow broker"));

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
  }

  private static ErrorHandlerContext context(long timestamp, byte[] rawValue) {
    return new ErrorHandlerContext() {
      @Override public String topic() { return "news.claims.evidence"; }
      @Override public int partition() { return 2; }
      @Override public long offset() { return 41; }
      @Override public Headers headers() { return new RecordHeaders(); }
      @Override public String processorNodeId() { return "claim-aggregate"; }
      @Override public TaskId taskId() { return new TaskId(1, 2); }
      @Override public long timestamp() { return timestamp; }
      @Override public byte[] sourceRawKey() { return rawValue == null ? null : "k".getBytes(); }
      @Override public byte[] sourceRawValue() { return rawValue; }
    };
  }
}
