package org.cync.history;

/** A run cannot be started or restarted as asked; the message says why and what to do. */
public class RunConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunConflict(String message) {
    super(message);
  }
}
