package io.claimwatch.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Peak resident set size of the stack: this JVM (broker and the three services run in it) plus its child processes
 * (the schema registry), read from {@code VmHWM} in {@code /proc/<pid>/status} (Linux). The sum of per-process peaks is
 * an upper bound of the stack's simultaneous peak.
 */
public final class PeakRss {

  private PeakRss() {}

  /** One process's peak. */
  public record Sample(long pid, String command, long kilobytes) {}

  public static List<Sample> samples() {
    List<Sample> out = new ArrayList<>();
    add(out, ProcessHandle.current());
    ProcessHandle.current().descendants().forEach(p -> add(out, p));
    return out;
  }

  public static long totalKilobytes(List<Sample> samples) {
    return samples.stream().mapToLong(Sample::kilobytes).sum();
  }

  private static void add(List<Sample> out, ProcessHandle process) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          String command = process.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?");
          out.add(new Sample(process.pid(), command, kb));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process ended: no sample
    }
  }
}
