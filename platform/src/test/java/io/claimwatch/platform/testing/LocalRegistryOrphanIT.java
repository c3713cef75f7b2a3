package io.claimwatch.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * No registry outlives the JVM that started it: a child JVM starts a {@link LocalRegistry} and is killed with
 * SIGKILL (no shutdown hook runs); the Apicurio process must be gone within {@value #GONE_WITHIN_SECONDS} s. The
 * second case also SIGKILLs the watchdog shell, as a kill of the whole process group would.
 */
class LocalRegistryOrphanIT {
    private static final int GONE_WITHIN_SECONDS = 15;

    @Test
    void shouldStopRegistryWhenStartingJvmIsKilled() throws Exception {
        killAndAssertNoOrphan(false);
    }

    @Test
    void shouldStopRegistryWhenStartingJvmAndWatchdogAreKilled() throws Exception {
        killAndAssertNoOrphan(true);
    }

    private static void killAndAssertNoOrphan(boolean alsoKillWatchdog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-D" + LocalRegistry.DIR_PROPERTY + "=" + LocalRegistry.locateApicurio(),
                RegistryChildMain.class.getName())
                .redirectErrorStream(true).start();
        ProcessHandle registry = null;
        try {
            long[] pids = readPids(child);
            registry = ProcessHandle.of(pids[0]).orElseThrow();
            Optional<ProcessHandle> watchdog = ProcessHandle.of(pids[1]);
            assertThat(registry.isAlive()).isTrue();

            child.destroyForcibly();
            if (alsoKillWatchdog) {
                watchdog.ifPresent(ProcessHandle::destroyForcibly);
            }
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

            ProcessHandle started = registry;
            await().atMost(Duration.ofSeconds(GONE_WITHIN_SECONDS)).until(() -> !started.isAlive());
        } finally {
            child.destroyForcibly();
            if (registry != null && registry.isAlive()) {
                registry.destroyForcibly();
            }
        }
    }

    /** Waits for the child's {@code REGISTRY pid WATCHDOG pid} line (other output is the child's logging). */
    private static long[] readPids(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("REGISTRY ")) {
                List<String> parts = List.of(line.split(" "));
                Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
                return new long[] {Long.parseLong(parts.get(1)), Long.parseLong(parts.get(3))};
            }
        }
        throw new AssertionError("the child JVM did not start a registry");
    }
}
