package org.cync.store;

/**
 * Why the move of the stores to PostgreSQL did not happen, worded for the operator (what is wrong,
 * what to do) in one line; the launcher prints it instead of a stack trace.
 */
public final class MoveRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MoveRefused(String message) {
    super(message, null, false, false);
  }
}
