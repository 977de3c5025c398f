package org.cync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system, all threads) of another process from {@code /proc/<pid>/stat}, in clock
 * ticks of {@code getconf CLK_TCK}; -1 where there is no /proc.
 */
final class ProcessCpu {
  static final double TICKS_PER_SECOND = ticks();

  private ProcessCpu() {}

  static double seconds(long pid) {
    try {
      return seconds(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces. */
  static double seconds(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
  }

  private static double ticks() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return Double.parseDouble(out);
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
