package io.claimwatch.localstack.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimwatch.platform.lifecycle.ParentWatchdog;
import io.claimwatch.platform.testing.FreePorts;

/**
 * {@code claimwatch up --processes --pid-file F} in a JVM of its own: the pid file names three live child JVMs; a
 * child killed with SIGKILL is restarted and the file follows; and when the parent itself is killed with SIGKILL, no
 * child JVM outlives it (their {@link ParentWatchdog} sees the parent gone).
 */
class ChildProcessesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRestartAKilledChildAndLeaveNoChildBehindWhenTheParentIsKilled() throws Exception {
        Path pidFile = Files.createTempDirectory("claimwatch-pids").resolve("pids.json");
        Process parent = new ProcessBuilder(javaExecutable(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-D" + "claimwatch.apicurio.dir=" + System.getProperty("claimwatch.apicurio.dir"),
                "-cp", classpath(), "io.claimwatch.localstack.ClaimWatchCli", "up", "--processes",
                "--pid-file", pidFile.toString(), "--port-base", String.valueOf(freeBase()))
                .redirectErrorStream(true).redirectOutput(pidFile.resolveSibling("parent.log").toFile()).start();
        List<ProcessHandle> leftovers = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> pids(pidFile).size() == 3 && pids(pidFile).values().stream().allMatch(ChildProcessesIT::alive));
            Path parentLog = pidFile.resolveSibling("parent.log");
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.readString(parentLog).contains("service logs"));
            Map<String, Long> first = pids(pidFile);
            assertThat(first.keySet()).containsExactlyInAnyOrder("ingest", "enrich", "aggregate");
            assertThat(first.values()).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                    .map(ProcessHandle::pid)).contains(parent.pid()));

            ProcessHandle.of(first.get("enrich")).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !pids(pidFile).get("enrich").equals(first.get("enrich")) && alive(pids(pidFile).get("enrich")));
            Map<String, Long> afterRestart = pids(pidFile);
            assertThat(afterRestart.get("ingest")).isEqualTo(first.get("ingest"));

            parent.toHandle().descendants().forEach(leftovers::add);
            parent.destroyForcibly().waitFor();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(afterRestart.values()).noneMatch(ChildProcessesIT::alive));
        } finally {
            parent.destroyForcibly();
            // The registry child is the stack's own (not a service JVM); never leave anything behind after a test.
            leftovers.forEach(ProcessHandle::destroyForcibly);
            deleteStateDirectory(pidFile.resolveSibling("parent.log"));
        }
    }

    /** A SIGKILLed parent cannot remove its state directory; the test does (its path is in the parent's output). */
    private static void deleteStateDirectory(Path parentLog) throws java.io.IOException {
        if (!Files.exists(parentLog)) {
            return;
        }
        Files.readAllLines(parentLog).stream().filter(l -> l.strip().startsWith("service logs"))
                .map(l -> Path.of(l.strip().substring("service logs".length()).strip()).getParent())
                .forEach(io.claimwatch.platform.testing.Directories::deleteRecursively);
    }

    private static Map<String, Long> pids(Path file) {
        try {
            if (!Files.exists(file)) {
                return Map.of();
            }
            return JSON.readValue(file.toFile(), JSON.getTypeFactory().constructMapType(Map.class, String.class, Long.class));
        } catch (java.io.IOException e) {
            throw new AssertionError("the pid file must always be complete JSON: " + e.getMessage(), e);
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String classpath() throws java.io.IOException {
        return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target", "classpath.txt")).strip();
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }

    private static int freeBase() {
        Random random = new Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + random.nextInt(30_000);
            boolean free = true;
            for (int p = base; p < base + 5 && free; p++) {
                free = FreePorts.isFree(p);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no 5 consecutive free ports");
    }
}
