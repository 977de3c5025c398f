package org.cync.graphbatch;

/** The {@code $batch} envelope itself was answered with an error (429, 503, 400, ...). */
public final class BatchRejected extends RuntimeException {
  private final int status;
  private final String retryAfter;
  private final String code;

  /** retryAfter is the raw Retry-After header value or null. */
  public BatchRejected(int status, String retryAfter, String code, String message) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String retryAfter() {
    return retryAfter;
  }

  public String code() {
    return code;
  }
}
