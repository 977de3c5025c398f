package org.cync.sync;

/**
 * Names of the contact-sync job parameters, in one place so the XML, the artifacts and the callers
 * agree.
 */
public final class SyncJobParameters {
  public static final String JOB_NAME = "contact-sync";

  /** Items per checkpoint (chunk size) of the directory step; default 10. */
  public static final String CHUNK_SIZE = "chunkSize";

  /** Skeleton only: how many synthetic directory users the reader yields; default 50. */
  public static final String SAMPLE_SIZE = "sampleSize";

  /**
   * Skeleton only: pause after reading each user, so a run can be observed and interrupted; default
   * 0.
   */
  public static final String ITEM_DELAY_MILLIS = "itemDelayMillis";

  /** Skeleton only: the reader fails when it reaches this user number (1-based); unset = never. */
  public static final String FAIL_AT_ITEM = "failAtItem";

  /**
   * Where users come from: {@code graph} (the connected tenant's {@code /users/delta}) or {@code
   * sample} (the synthetic skeleton directory). Default: graph when a connection is set up.
   */
  public static final String DIRECTORY = "directory";

  private SyncJobParameters() {}
}
