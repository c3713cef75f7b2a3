package io.claimwatch.platform.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a service's parts in the order they were added (HTTP first, then the streams client) exactly once,
 * from a JVM shutdown hook (SIGTERM, Ctrl-C) or an explicit {@link #close()}; {@link #awaitShutdown()} lets
 * {@code main} block until then without polling.
 */
public final class ShutdownSequence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

    private final String service;
    private final List<Step> steps = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);

    private record Step(String name, AutoCloseable action) {
    }

    public ShutdownSequence(String service) {
        this.service = service;
    }

    /** Adds a step; steps run in insertion order. */
    public synchronized ShutdownSequence then(String name, AutoCloseable action) {
        steps.add(new Step(name, action));
        return this;
    }

    /** Runs {@link #close()} when the JVM is asked to stop. */
    public ShutdownSequence onJvmShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, service + "-shutdown"));
        return this;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<Step> toRun;
        synchronized (this) {
            toRun = List.copyOf(steps);
        }
        for (Step step : toRun) {
            try {
                step.action().close();
                LOG.info("{}: stopped {}", service, step.name());
            } catch (Exception e) {
                LOG.warn("{}: stopping {} failed: {}", service, step.name(), e.toString());
            }
        }
        done.countDown();
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitShutdown() throws InterruptedException {
        done.await();
    }

    public boolean isClosed() {
        return closed.get();
    }
}
