package org.cync.settings;

/**
 * The deletion guard: a run that would delete more contacts than this stops before writing and
 * waits for an administrator's approval. Both limits apply (the count over all mailboxes, and the
 * percent of all contacts CYNC holds, from {@link DeletionGuard#PERCENT_APPLIES_FROM} deletions
 * up); 0 switches a limit off.
 */
public record GuardOptions(int maxDeletes, int maxDeletePercent) {
  /**
   * Microsoft's own Entra Connect stops an export at 500 deletions; a 10% cut of one mailbox's
   * contacts is also worth a look before it happens.
   */
  public static final int DEFAULT_MAX_DELETES = 500;

  public static final int DEFAULT_MAX_DELETE_PERCENT = 10;

  public GuardOptions {
    if (maxDeletes < 0 || maxDeletePercent < 0 || maxDeletePercent > 100) {
      throw new IllegalArgumentException(
          "deletion limits must be 0 or more (percent at most 100): "
              + maxDeletes
              + ", "
              + maxDeletePercent);
    }
  }

  public static GuardOptions defaults() {
    return new GuardOptions(DEFAULT_MAX_DELETES, DEFAULT_MAX_DELETE_PERCENT);
  }
}
