package io.claimwatch.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Only a JVM started with a parent pid watches it; the exit itself is proven by ChildProcessesIT (a real SIGKILL). */
class ParentWatchdogTest {

    @Test
    void shouldNotWatchWhenNoParentIsNamed() {
        assertThat(ParentWatchdog.start("test", Map.of(), new ByteArrayInputStream(new byte[0]))).isFalse();
        assertThat(ParentWatchdog.start("test", Map.of(ParentWatchdog.PARENT_PID_VARIABLE, " "),
                new ByteArrayInputStream(new byte[0]))).isFalse();
    }

    @Test
    void shouldWatchALiveParentWithoutStoppingThisJvmWhenItIsNamed() throws Exception {
        long me = ProcessHandle.current().pid();
        assertThat(ParentWatchdog.start("test", Map.of(ParentWatchdog.PARENT_PID_VARIABLE, String.valueOf(me)),
                new ByteArrayInputStream(new byte[0]))).isTrue();
        Thread.sleep(ParentWatchdog.POLL.toMillis() * 3);
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().equals("test-parent-watchdog") && t.isDaemon());
    }

    @Test
    void shouldRefuseAMalformedParentPidWhenOneIsGiven() {
        assertThatThrownBy(() -> ParentWatchdog.start("test", Map.of(ParentWatchdog.PARENT_PID_VARIABLE, "abc"),
                new ByteArrayInputStream(new byte[0]))).isInstanceOf(NumberFormatException.class);
    }
}
