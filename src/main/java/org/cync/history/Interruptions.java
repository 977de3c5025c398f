package org.cync.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which executions left unfinished by the last process were stopped at a graceful shutdown and
 * which died with it. {@link StopAtShutdown} lists the runs it stopped ({@link StoppedAtShutdown});
 * a run on that list was stopped, any other crashed. A partition runs as a sub-job named {@code
 * :<instance of its run>:<step>:<partition>} with an execution of its own: it follows its run, and
 * it is not counted as a run. Pure.
 */
final class Interruptions {
  /** An execution the batch runtime still thinks is running, with its job instance's name. */
  record Unfinished(long executionId, long instanceId, String jobName) {
    boolean partition() {
      return jobName != null && jobName.startsWith(":");
    }
  }

  /** The verdict: runs and partitions (execution ids) stopped gracefully, and crashed. */
  record Verdict(
      List<Long> stoppedRuns,
      List<Long> crashedRuns,
      List<Long> stoppedParts,
      List<Long> crashedParts) {}

  private Interruptions() {}

  static Verdict judge(List<Unfinished> unfinished, Set<Long> stoppedAtShutdown) {
    Set<Long> stoppedInstances = new HashSet<>();
    List<Long> stoppedRuns = new ArrayList<>();
    List<Long> crashedRuns = new ArrayList<>();
    for (Unfinished u : unfinished) {
      if (!u.partition()) {
        if (stoppedAtShutdown.contains(u.executionId())) {
          stoppedRuns.add(u.executionId());
          stoppedInstances.add(u.instanceId());
        } else {
          crashedRuns.add(u.executionId());
        }
      }
    }
    List<Long> stoppedParts = new ArrayList<>();
    List<Long> crashedParts = new ArrayList<>();
    for (Unfinished u : unfinished) {
      if (u.partition()) {
        Long run = parentInstance(u.jobName());
        (run != null && stoppedInstances.contains(run) ? stoppedParts : crashedParts)
            .add(u.executionId());
      }
    }
    return new Verdict(stoppedRuns, crashedRuns, stoppedParts, crashedParts);
  }

  /** The job instance of the run a partition's sub-job belongs to, or null if unreadable. */
  static Long parentInstance(String subJobName) {
    String[] parts = subJobName.split(":");
    try {
      return parts.length > 1 ? Long.valueOf(parts[1]) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
