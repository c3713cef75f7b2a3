package io.claimwatch.localstack.processes;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One service's child JVM and the loop that restarts it with backoff when it dies (see {@link ProcessSupervisor}). */
final class SupervisedChild {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisedChild.class);
    private final ServiceKind kind;
    private final ProcessSupervisor supervisor;
    private volatile Process process;
    private volatile int starts;
    private long startedAt;

    SupervisedChild(ServiceKind kind, ProcessSupervisor supervisor) {
        this.kind = kind;
        this.supervisor = supervisor;
    }

    void launch() {
        startedAt = System.nanoTime();
        process = supervisor.launch(kind);
        starts++;
    }

    Process process() {
        return process;
    }

    int starts() {
        return starts;
    }

    /** Waits for the child to end and starts it again until the supervisor closes. */
    void watch() {
        Duration backoff = ProcessSupervisor.FIRST_BACKOFF;
        while (!supervisor.closing()) {
            int code;
            try {
                code = process.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (supervisor.closing()) {
                return;
            }
            if (Duration.ofNanos(System.nanoTime() - startedAt).compareTo(ProcessSupervisor.STABLE_AFTER) >= 0) {
                backoff = ProcessSupervisor.FIRST_BACKOFF;
            }
            System.err.printf("%s-service (pid %d) exited with code %d; restarting in %d ms%n", kind.key(), process.pid(),
                    code, backoff.toMillis());
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (supervisor.closing()) {
                return;
            }
            try {
                launch();
            } catch (RuntimeException e) {
                if (!supervisor.closing()) {
                    LOG.error("cannot restart {}-service", kind.key(), e);
                }
            }
            backoff = backoff.multipliedBy(2).compareTo(ProcessSupervisor.MAX_BACKOFF) > 0
                    ? ProcessSupervisor.MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }
}
