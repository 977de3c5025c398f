package org.cync.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers runs 1, 2, 3, ... by counting the contact-sync job's own executions. The batch runtime's
 * execution ids jump (1, 2, 23, 44), because each mailbox worker (a partition) runs as a sub-job
 * with an execution (and a job instance) of its own from the same sequences; so neither execution
 * nor instance ids are contiguous. A run (a start, a restart, an approval) is one execution of the
 * top-level job, and its number is its position among them, derived from the job repository rather
 * than kept in a store of CYNC's: nothing to migrate or keep in step, and the runs before this
 * change are numbered too. Retention's purge of old runs counts what it removed ({@link
 * RunRetention#removedBelow}), so the numbers of the runs kept do not change. The execution id
 * stays the run's address in the API. Pure.
 */
final class RunNumbering {
  private RunNumbering() {}

  /**
   * The run numbers of {@code ascending}, the top-level executions from some id on in ascending
   * order, given how many top-level executions came before them.
   */
  static Map<Long, Integer> number(long before, List<Long> ascending) {
    Map<Long, Integer> numbers = new LinkedHashMap<>();
    int run = Math.toIntExact(before);
    for (long executionId : ascending) {
      numbers.put(executionId, ++run);
    }
    return numbers;
  }
}
