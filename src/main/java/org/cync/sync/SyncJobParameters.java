package org.cync.sync;

/**
 * Names of the contact-sync job parameters, in one place so the XML, the artifacts and the callers
 * agree.
 */
public final class SyncJobParameters {
  public static final String JOB_NAME = "contact-sync";

  /** Who started the run: schedule, manual (the console), api, restart or approval. */
  public static final String TRIGGER = "trigger";

  /** Items per checkpoint (chunk size) of the directory step; default 100 (the job XML). */
  public static final String CHUNK_SIZE = "chunkSize";

  /** Test hook: how many sample directory users the reader yields; default 50. */
  public static final String SAMPLE_SIZE = "sampleSize";

  /**
   * Test hook: pause after each sample user, so a run can be observed and interrupted; default 0.
   */
  public static final String ITEM_DELAY_MILLIS = "itemDelayMillis";

  /**
   * Test hook: the sample reader fails when it reaches this user number (1-based); unset = never.
   */
  public static final String FAIL_AT_ITEM = "failAtItem";

  /**
   * Where users come from: {@code graph} (the connected tenant's {@code /users/delta}) or {@code
   * sample} (the synthetic skeleton directory). Default: graph when a connection is set up.
   */
  public static final String DIRECTORY = "directory";

  /** {@code true}: plan only (per mailbox: creates, updates, deletes), write nothing. */
  public static final String DRY_RUN = "dryRun";

  /**
   * {@code true}: a full reconcile: read every target mailbox's folder and repair what users
   * changed or deleted, remove duplicates of ours, try mailboxes without Exchange Online again.
   */
  public static final String RECONCILE = "reconcile";

  /** Deletions an administrator approved after the guard stopped the run (set by "Approve"). */
  public static final String APPROVED_DELETES = "approvedDeletes";

  /** Changes per checkpoint of the mailbox step (5 $batch envelopes by default). */
  public static final String MAILBOX_CHUNK_SIZE = "mailboxChunkSize";

  private SyncJobParameters() {}

  /** Whether the run reads (and writes) the connected tenant, or only the sample directory. */
  public static boolean usesGraph(String directory, org.cync.connection.Connection connection) {
    return directory == null || directory.isBlank()
        ? connection.current().isComplete()
        : directory.trim().equals("graph");
  }

  /** A boolean job parameter: "true" (any case) is true, anything else false. */
  public static boolean isTrue(String value) {
    return value != null && value.trim().equalsIgnoreCase("true");
  }

  /** A whole-number job parameter, or {@code fallback} when blank. */
  public static long number(String value, long fallback) {
    return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim());
  }
}
