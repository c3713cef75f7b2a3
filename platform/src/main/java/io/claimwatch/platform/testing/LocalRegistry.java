package io.claimwatch.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.platform.registry.HttpSchemaRegistryClient;

/**
 * A real schema registry for tests and the local stack: Apicurio Registry (unpacked from Maven Central by
 * the platform build) run as a child process on the current JDK, with in-memory storage on a free loopback
 * port, speaking the Confluent API at {@link #url()}. Global compatibility is set to BACKWARD.
 *
 * <p>The child runs under a small shell watchdog that kills it as soon as this JVM is gone, so even a JVM
 * killed with SIGKILL leaves no orphan registry; on Linux the registry also gets SIGTERM from the kernel when the
 * watchdog itself dies ({@code setpriv --pdeathsig}); a shutdown hook stops it on normal exit.
 * {@code LocalRegistryOrphanIT} kills a JVM that started it and checks the registry is gone.
 */
public final class LocalRegistry implements AutoCloseable {
    public static final String DIR_PROPERTY = "claimwatch.apicurio.dir";
    public static final String DIR_VARIABLE = "CLAIMWATCH_APICURIO_DIR";
    private static final Logger LOG = LoggerFactory.getLogger(LocalRegistry.class);

    private final int port;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;

    private LocalRegistry(int port, Process process, Path logFile) {
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::destroy, "local-registry-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the registry on a free port and waits until its Confluent API answers. */
    public static LocalRegistry start() {
        return start(0, Duration.ofSeconds(120));
    }

    public static LocalRegistry start(int port, Duration readyTimeout) {
        Path home = locateApicurio();
        int chosenPort = port == 0 ? FreePorts.next() : port;
        long start = System.nanoTime();
        try {
            Path logFile = Files.createTempFile("claimwatch-registry-", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String command = pdeathsigPrefix() + String.join(" ", List.of(
                    quote(java), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + chosenPort,
                    // Apicurio also opens a management interface (default 0.0.0.0:9000): keep it private and free.
                    "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + FreePorts.next(),
                    "-Dquarkus.log.level=WARN", "-Dquarkus.banner.enabled=false",
                    "-jar", "quarkus-run.jar"));
            // Watchdog: stop the registry when the parent JVM disappears, whatever killed it.
            String script = command + " & child=$!; "
                    + "trap 'kill $child 2>/dev/null; exit 0' TERM INT; "
                    + "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null && kill -0 $child 2>/dev/null; "
                    + "do sleep 1; done; kill $child 2>/dev/null; wait $child";
            Process process = new ProcessBuilder("/bin/sh", "-c", script)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            LocalRegistry registry = new LocalRegistry(chosenPort, process, logFile);
            registry.awaitReady(readyTimeout);
            new HttpSchemaRegistryClient(registry.url()).setCompatibility(null, "BACKWARD");
            LOG.info("local schema registry ready at {} in {} ms", registry.url(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local schema registry from " + home, e);
        }
    }

    /** The Confluent-compatible API base URL. */
    public String url() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private void destroy() {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the local schema registry exited at start; log: " + logFile + "\n" + tail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the registry", e);
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the registry", e);
            }
        }
        destroy();
        throw new IllegalStateException("the local schema registry was not ready within " + timeout + "; log: " + logFile + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Where the unpacked Apicurio distribution is: system property, variable, then near the working directory. */
    static Path locateApicurio() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv(DIR_VARIABLE));
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("platform/target/apicurio"), Path.of("../platform/target/apicurio"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("quarkus-run.jar"))) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Apicurio Registry not found (looked in " + candidates + "); build the platform "
                + "module first (./mvnw -pl platform package) or set -D" + DIR_PROPERTY + " / " + DIR_VARIABLE);
    }

    /**
     * On Linux, {@code setpriv --pdeathsig TERM} makes the kernel signal the registry when its parent (the watchdog
     * shell) dies, so even a SIGKILL of the whole process group, which takes the watchdog too, leaves no orphan.
     */
    private static String pdeathsigPrefix() {
        for (String candidate : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate + " --pdeathsig TERM ";
            }
        }
        return "";
    }

    /** The registry's own process (the JVM under the watchdog shell), for tests that check nothing outlives the stack. */
    public java.util.Optional<ProcessHandle> registryProcess() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst();
    }

    /** The watchdog shell's process id. */
    public long watchdogPid() {
        return process.pid();
    }

    private static String quote(String path) {
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
