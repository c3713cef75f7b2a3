package io.claimwatch.aggregate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.aggregate.query.ClaimViews;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.topology.StatusListener;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent Events of this instance's status changes: event {@code status} with the {@code /claims/{id}} JSON, or
 * {@code removed} with {@code {"claimId"}} when a claim lost its last evidence. Subscribers may filter with
 * {@code ?claimId=}. The stream thread only enqueues; one sender thread writes to the clients, and when it falls
 * {@value #QUEUE_CAPACITY} events behind the oldest pending events are dropped (counted in {@link #dropped()}) so a
 * slow browser can never stall processing.
 */
public final class StatusBroadcaster implements StatusListener, AutoCloseable {

  static final int QUEUE_CAPACITY = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(StatusBroadcaster.class);

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor sender;

  public StatusBroadcaster() {
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

  /** SSE handler: keeps the connection open and registers it until the client goes away. */
  public void subscribe(SseClient client) {
    String claimId = client.ctx().queryParam("claimId");
    Subscriber subscriber = new Subscriber(client, claimId == null || claimId.isBlank() ? null : claimId.strip());
    client.onClose(() -> subscribers.remove(subscriber));
    subscribers.add(subscriber);
    client.sendComment("subscribed" + (subscriber.claimId() == null ? "" : " to " + subscriber.claimId()));
    client.keepAlive();
  }

  @Override
  public void onStatus(String claimId, ClaimState state) {
    if (subscribers.isEmpty()) {
      return;
    }
    sender.execute(() -> send(claimId, state));
  }

  public int subscriberCount() {
    return subscribers.size();
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
    for (Subscriber subscriber : subscribers) {
      if (subscriber.client().terminated()) {
        subscribers.remove(subscriber);
      } else if (subscriber.claimId() == null || subscriber.claimId().equals(claimId)) {
        try {
          subscriber.client().sendEvent(event, data);
        } catch (RuntimeException e) {
          LOG.debug("dropping SSE subscriber after a failed send", e);
          subscribers.remove(subscriber);
        }
      }
    }
  }

  /** Stops sending and closes every open stream. */
  @Override
  public void close() {
    sender.shutdownNow();
    for (Subscriber subscriber : subscribers) {
      try {
        if (!subscriber.client().terminated()) {
          subscriber.client().close();
        }
      } catch (RuntimeException e) {
        LOG.debug("SSE subscriber failed to close", e);
      }
    }
    subscribers.clear();
  }

  private record Subscriber(SseClient client, String claimId) {}
}
