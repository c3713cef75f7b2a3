package io.claimwatch.aggregate.http;

import io.claimwatch.platform.http.ApiError;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent-Event clients with bounded cost: at most {@code maxClients} open streams (one more gets a 503 JSON
 * answer before the stream opens), and each client its own queue of at most {@code queueCapacity} events drained by
 * its own virtual thread. Publishing never blocks: a client whose queue is full (it stopped reading, so its writes
 * block in the socket) is dropped and closed, counted in {@link #droppedClients()}, and every other client goes on.
 */
public final class SseFanout implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SseFanout.class);

  /** One SSE event: {@code claimId} for filtering, the event name and its JSON data. */
  public record Event(String claimId, String name, String data) {}

  /** Limits: open streams and queued events per stream. */
  public record Limits(int maxClients, int queueCapacity) {
    public Limits {
      if (maxClients < 1 || queueCapacity < 1) {
        throw new IllegalArgumentException("SSE limits must be positive: " + maxClients + ", " + queueCapacity);
      }
    }
  }

  private final Limits limits;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final AtomicLong droppedClients = new AtomicLong();

  public SseFanout(Limits limits) {
    this.limits = limits;
  }

  /** Before-handler for the stream route: 503 with {@code Retry-After} when {@code maxClients} streams are open. */
  public void admit(Context ctx) {
    if (subscribers.size() >= limits.maxClients()) {
      ctx.header("Retry-After", "10");
      ctx.status(503).json(new ApiError("too_many_streams", null,
          "this instance serves at most " + limits.maxClients() + " live streams; retry later"));
      ctx.skipRemainingHandlers();
    }
  }

  /** SSE handler: registers the client (filtered to {@code ?claimId=} when given) until it goes away. */
  public void subscribe(SseClient client) {
    String claimId = client.ctx().queryParam("claimId");
    Subscriber subscriber = new Subscriber(client, claimId == null || claimId.isBlank() ? null : claimId.strip(),
        new ArrayBlockingQueue<>(limits.queueCapacity()));
    client.onClose(() -> subscribers.remove(subscriber));
    subscribers.add(subscriber);
    if (subscribers.size() > limits.maxClients()) {
      // Two admissions raced past the check: the later one leaves.
      drop(subscriber, "over the client limit");
      return;
    }
    client.sendComment("subscribed" + (subscriber.claimId() == null ? "" : " to " + subscriber.claimId()));
    client.keepAlive();
    Thread.ofVirtual().name("sse-client").start(() -> drain(subscriber));
  }

  /** Queues the event for every matching client; never blocks. */
  public void publish(Event event) {
    for (Subscriber subscriber : subscribers) {
      if (subscriber.claimId() == null || subscriber.claimId().equals(event.claimId())) {
        if (!subscriber.queue().offer(event)) {
          drop(subscriber, "it fell " + limits.queueCapacity() + " events behind");
        }
      }
    }
  }

  public int clientCount() {
    return subscribers.size();
  }

  public long droppedClients() {
    return droppedClients.get();
  }

  private void drain(Subscriber subscriber) {
    try {
      while (!subscriber.client().terminated() && subscribers.contains(subscriber)) {
        Event event = subscriber.queue().poll(1, TimeUnit.SECONDS);
        if (event != null) {
          subscriber.client().sendEvent(event.name(), event.data());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.debug("SSE client send failed", e);
    } finally {
      subscribers.remove(subscriber);
    }
  }

  private void drop(Subscriber subscriber, String why) {
    if (subscribers.remove(subscriber)) {
      droppedClients.incrementAndGet();
      LOG.info("dropping a live-update client: {}", why);
      Thread.ofVirtual().name("sse-close").start(() -> close(subscriber));
    }
  }

  private static void close(Subscriber subscriber) {
    try {
      if (!subscriber.client().terminated()) {
        subscriber.client().close();
      }
    } catch (RuntimeException e) {
      LOG.debug("SSE client failed to close", e);
    }
  }

  /** Closes every open stream. */
  @Override
  public void close() {
    for (Subscriber subscriber : subscribers) {
      close(subscriber);
    }
    subscribers.clear();
  }

  private record Subscriber(SseClient client, String claimId, BlockingQueue<Event> queue) {}
}
