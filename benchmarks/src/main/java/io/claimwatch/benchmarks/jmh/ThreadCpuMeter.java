package io.claimwatch.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Counts operations against the CPU time of the benchmark thread, so that "per core" throughput can be read even
 * on a shared, overloaded machine where wall-clock ops/s only shows the slice of a core the thread got. Prints one
 * line per iteration and a trial total ({@code [cpu] ... per CPU-second}) to the forked JVM's output, which JMH
 * shows inline. The counting adds one field increment per operation.
 */
@State(Scope.Thread)
public class ThreadCpuMeter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private long operations;
  private long cpuStart;
  private long wallStart;
  private long totalOperations;
  private long totalCpuNanos;
  private long totalWallNanos;

  @Setup(Level.Iteration)
  public void startIteration() {
    operations = 0;
    wallStart = System.nanoTime();
    cpuStart = THREADS.getCurrentThreadCpuTime();
  }

  /** Call once per benchmark operation. */
  public void count() {
    operations++;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    long wall = System.nanoTime() - wallStart;
    totalOperations += operations;
    totalCpuNanos += cpu;
    totalWallNanos += wall;
    System.out.println(line("iteration", operations, cpu, wall));
  }

  @TearDown(Level.Trial)
  public void endTrial() {
    System.out.println(line("trial total (warmup included)", totalOperations, totalCpuNanos, totalWallNanos));
  }

  private static String line(String what, long ops, long cpuNanos, long wallNanos) {
    return String.format(Locale.ROOT, "%n[cpu] %s: %d ops, %.2f s CPU of %.2f s wall (%.0f%% of a core) -> %.1f ops per CPU-second",
        what, ops, cpuNanos / 1e9, wallNanos / 1e9, 100.0 * cpuNanos / Math.max(1, wallNanos),
        ops / Math.max(1e-9, cpuNanos / 1e9));
  }
}
