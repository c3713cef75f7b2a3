package io.claimwatch.platform.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a service JVM started by another process (the local stack's {@code up --processes}) end when that process
 * is gone, however it went (SIGTERM, SIGKILL, a crash): a daemon thread polls the parent's liveness by pid
 * ({@value #PARENT_PID_VARIABLE}) and, when {@value #STDIN_VARIABLE} is {@code watch}, another waits for end of
 * file on stdin (a pipe from the parent, closed by the kernel the moment the parent dies). Either way the JVM exits
 * through its shutdown hooks (HTTP, then Streams, closed in order); if they take longer than
 * {@link #HALT_AFTER}, it halts. Does nothing when the variables are not set (a service started on its own).
 */
public final class ParentWatchdog {
    public static final String PARENT_PID_VARIABLE = "CLAIMWATCH_PARENT_PID";
    public static final String STDIN_VARIABLE = "CLAIMWATCH_PARENT_STDIN";
    static final Duration POLL = Duration.ofMillis(250);
    static final Duration HALT_AFTER = Duration.ofSeconds(40);

    private ParentWatchdog() {
    }

    /** Starts watching when this JVM's environment names a parent; returns whether it does. */
    public static boolean startFromEnvironment(String service) {
        return start(service, System.getenv(), System.in);
    }

    static boolean start(String service, Map<String, String> env, InputStream stdin) {
        String pid = env.get(PARENT_PID_VARIABLE);
        if (pid == null || pid.isBlank()) {
            return false;
        }
        long parentPid = Long.parseLong(pid.strip());
        Thread poller = new Thread(() -> pollParent(service, parentPid), service + "-parent-watchdog");
        poller.setDaemon(true);
        poller.start();
        if ("watch".equals(env.get(STDIN_VARIABLE))) {
            Thread reader = new Thread(() -> awaitEndOfInput(service, parentPid, stdin), service + "-parent-stdin");
            reader.setDaemon(true);
            reader.start();
        }
        return true;
    }

    private static void pollParent(String service, long parentPid) {
        while (true) {
            Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
            if (parent.isEmpty() || !parent.get().isAlive()) {
                exit(service, parentPid, "is gone");
                return;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void awaitEndOfInput(String service, long parentPid, InputStream stdin) {
        byte[] buffer = new byte[256];
        try {
            while (stdin.read(buffer) >= 0) {
                // the parent writes nothing; any bytes are ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of file
        }
        exit(service, parentPid, "closed its pipe");
    }

    private static void exit(String service, long parentPid, String what) {
        System.err.println(service + ": parent process " + parentPid + " " + what + "; stopping");
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(1);
        }, service + "-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(0);
    }
}
