package org.cync.store;

/**
 * Why a move of the stores to PostgreSQL or a restore of a PostgreSQL backup did not happen, worded
 * for the operator in one line (what is wrong, what to do); thrown before anything changed or with
 * the transaction rolled back, so the database is as it was. The launcher prints it instead of a
 * stack trace (it knows the class by name: {@code WarCommand}).
 */
public final class StoreRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreRefused(String message) {
    super(message, null, false, false);
  }
}
