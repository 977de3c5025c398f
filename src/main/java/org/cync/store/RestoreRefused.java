package org.cync.store;

/**
 * Why a restore of a PostgreSQL backup did not happen, worded for the operator in one line (what is
 * wrong, what to do); thrown before anything changed or with the transaction rolled back, so the
 * database is always as it was. The launcher prints it instead of a stack trace.
 */
public final class RestoreRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RestoreRefused(String message) {
    super(message, null, false, false);
  }
}
