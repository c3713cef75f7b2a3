package io.claimwatch.localstack.processes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.claimwatch.platform.lifecycle.ParentWatchdog;

/**
 * Runs ingest, enrich and aggregate each as its own child JVM (this JVM's classpath, each service's {@code Main},
 * its environment plus a per-service part) and restarts one that dies, after a backoff that doubles from
 * {@link #FIRST_BACKOFF} up to {@link #MAX_BACKOFF} and starts over once a child has run {@link #STABLE_AFTER}.
 * Each child gets {@link ParentWatchdog}'s variables, so it ends when this JVM ends, even by SIGKILL; {@link #close()}
 * (also from the JVM's shutdown hook) sends SIGTERM to each child, then SIGKILL to one still running after
 * {@link #STOP_TIMEOUT}. Child output goes to {@code <logDir>/<service>.log}. Restarts never clean the Streams state:
 * the state directory stays, and exactly-once v2 makes a restarted child resume where its last commit left off.
 */
public final class ProcessSupervisor implements AutoCloseable {
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    static final Duration STABLE_AFTER = Duration.ofSeconds(30);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Map<ServiceKind, Map<String, String>> environments;
    private final Path logDir;
    private final PidFile pidFile;
    private final Map<ServiceKind, SupervisedChild> children = new EnumMap<>(ServiceKind.class);
    private volatile boolean closing;

    private ProcessSupervisor(Map<ServiceKind, Map<String, String>> environments, Path logDir, Path pidFile) {
        this.environments = environments;
        this.logDir = logDir;
        this.pidFile = pidFile == null ? null : new PidFile(pidFile);
    }

    /** Starts the three children (ingest last, after the Streams apps) and their watch threads. */
    public static ProcessSupervisor start(Map<ServiceKind, Map<String, String>> environments, Path logDir, Path pidFile) {
        ProcessSupervisor supervisor = new ProcessSupervisor(environments, logDir, pidFile);
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory " + logDir, e);
        }
        for (ServiceKind kind : List.of(ServiceKind.AGGREGATE, ServiceKind.ENRICH, ServiceKind.INGEST)) {
            SupervisedChild child = new SupervisedChild(kind, supervisor);
            supervisor.children.put(kind, child);
            child.launch();
            Thread watcher = new Thread(child::watch, "supervise-" + kind.key());
            watcher.setDaemon(true);
            watcher.start();
        }
        return supervisor;
    }

    /** The current pid of a child (the last started one, which may have just died). */
    public long pid(ServiceKind kind) {
        return children.get(kind).process().pid();
    }

    /** How many times a child was started (1 before any restart). */
    public int starts(ServiceKind kind) {
        return children.get(kind).starts();
    }

    /** Sends SIGKILL to a child (chaos testing); the supervisor restarts it. Returns the killed pid. */
    public long kill(ServiceKind kind) {
        Process process = children.get(kind).process();
        process.destroyForcibly();
        return process.pid();
    }

    /** Where a child's output goes. */
    public Path logFile(ServiceKind kind) {
        return logDir.resolve(kind.key() + ".log");
    }

    boolean closing() {
        return closing;
    }

    /** Starts one child JVM of {@code kind} with its output appended to its log file (refused once closing). */
    synchronized Process launch(ServiceKind kind) {
        if (closing) {
            throw new IllegalStateException("the supervisor is stopping");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            // Kafka's clients still use sun.misc.Unsafe; JDK 23+ warns at start unless told it is allowed.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), kind.mainClass()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environments.get(kind));
        builder.environment().put(ParentWatchdog.PARENT_PID_VARIABLE, String.valueOf(ProcessHandle.current().pid()));
        builder.environment().put(ParentWatchdog.STDIN_VARIABLE, "watch");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(kind).toFile()));
        try {
            Process process = builder.start();
            if (pidFile != null) {
                pidFile.update(kind, process.pid());
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + kind.key() + "-service", e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    /** SIGTERM to every child, SIGKILL to any still running after {@link #STOP_TIMEOUT}; deletes the pid file. */
    @Override
    public void close() {
        List<Process> running;
        synchronized (this) {
            closing = true;
            running = children.values().stream().map(SupervisedChild::process).toList();
        }
        running.forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (Process process : running) {
            try {
                if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (pidFile != null) {
            pidFile.delete();
        }
    }
}
