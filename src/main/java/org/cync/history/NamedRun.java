package org.cync.history;

import java.io.Serializable;
import java.util.function.LongFunction;

/**
 * "The run named by ?id=": the run page and the review page both take a run's executionId from the
 * address, check it (digits only, at most 18), read the run once per request and say on the page
 * why there is none. One copy of that, held by each page bean.
 */
final class NamedRun implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the page is opened from, for the message when no run is named. */
  private final String openedFrom;

  private String id;
  // Read again after the view state was stored away (RunView is not serializable).
  private transient RunView run;
  private transient String problem;

  NamedRun(String openedFrom) {
    this.openedFrom = openedFrom;
  }

  String id() {
    return id;
  }

  /** A new id (or the same, to read the run again after an action changed it). */
  void id(String id) {
    this.id = id;
    this.run = null;
    this.problem = null;
  }

  /** The run, or null with {@link #problem} saying why; {@code find} reads one by executionId. */
  RunView run(LongFunction<java.util.Optional<RunView>> find) {
    if (run == null && problem == null) {
      long executionId = parse(id);
      if (executionId < 0) {
        problem =
            "No run is named: open this page from "
                + openedFrom
                + ", or add ?id= and a run's executionId (a whole number) to the address.";
      } else {
        run = find.apply(executionId).orElse(null);
        if (run == null) {
          problem = "Run with executionId " + executionId + " does not exist.";
        }
      }
    }
    return run;
  }

  /** Why there is no run; null while there is one (ask {@link #run} first). */
  String problem() {
    return problem;
  }

  /** The executionId in {@code id}, or -1 when it is none (blank, not digits, too long). */
  static long parse(String id) {
    if (id == null || !id.strip().matches("\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(id.strip());
  }
}
