package org.cync.history;

/** No run has this execution id (the API answers 404, not 409). */
public class RunNotFound extends RunConflict {
  private static final long serialVersionUID = 1L;

  public RunNotFound(long executionId) {
    super("Run " + executionId + " does not exist.");
  }
}
