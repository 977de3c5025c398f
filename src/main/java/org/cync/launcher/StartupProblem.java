package org.cync.launcher;

/**
 * A reason CYNC cannot start, worded for the operator: what is wrong and how to fix it, in one
 * line.
 */
public final class StartupProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StartupProblem(String message) {
    super(message, null, false, false);
  }
}
