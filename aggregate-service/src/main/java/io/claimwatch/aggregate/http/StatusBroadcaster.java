package io.claimwatch.aggregate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.aggregate.query.ClaimViews;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.topology.StatusListener;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent Events of this instance's status changes: event {@code status} with the {@code /claims/{id}} JSON, or
 * {@code removed} with {@code {"claimId"}} when a claim lost its last evidence. Subscribers may filter with
 * {@code ?claimId=}. The stream thread only enqueues; one renderer thread turns each change into JSON once and hands
 * it to the {@link SseFanout}, which queues it per client and drops clients that stop reading. When the renderer
 * falls {@value #QUEUE_CAPACITY} changes behind, the oldest pending changes are dropped (counted in
 * {@link #dropped()}), so neither a slow browser nor many of them can stall processing.
 */
public final class StatusBroadcaster implements StatusListener, AutoCloseable {

  static final int QUEUE_CAPACITY = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(StatusBroadcaster.class);

  private final SseFanout fanout;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor sender;

  public StatusBroadcaster(SseFanout.Limits limits) {
    fanout = new SseFanout(limits);
    sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
        runnable -> {
          Thread thread = new Thread(runnable, "sse-status-sender");
          thread.setDaemon(true);
          return thread;
        },
        (task, executor) -> {
          dropped.incrementAndGet();
          if (!executor.isShutdown()) {
            executor.getQueue().poll();
            executor.getQueue().offer(task);
          }
        });
  }

  /** Before-handler of the stream route: 503 JSON beyond the client limit. */
  public void admit(Context ctx) {
    fanout.admit(ctx);
  }

  /** SSE handler: keeps the connection open and registers it until the client goes away. */
  public void subscribe(SseClient client) {
    fanout.subscribe(client);
  }

  @Override
  public void onStatus(String claimId, ClaimState state) {
    if (fanout.clientCount() == 0) {
      return;
    }
    sender.execute(() -> send(claimId, state));
  }

  public int subscriberCount() {
    return fanout.clientCount();
  }

  public long dropped() {
    return dropped.get();
  }

  private void send(String claimId, ClaimState state) {
    String event = state == null ? "removed" : "status";
    String data;
    try {
      data = json.writeValueAsString(state == null ? Map.of("claimId", claimId) : ClaimViews.detail(state));
    } catch (JsonProcessingException e) {
      LOG.error("cannot render status of claim {} for SSE", claimId, e);
      return;
    }
    fanout.publish(new SseFanout.Event(claimId, event, data));
  }

  /** Stops sending and closes every open stream. */
  @Override
  public void close() {
    sender.shutdownNow();
    fanout.close();
  }
}
