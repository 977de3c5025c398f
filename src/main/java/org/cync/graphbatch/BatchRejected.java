package org.cync.graphbatch;

/** The {@code $batch} envelope itself was answered with an error (429, 503, 400, ...). */
public final class BatchRejected extends RuntimeException {
  private final int status;
  private final String retryAfter;
  private final String code;
  private final transient GraphTrace trace;

  /** retryAfter is the raw Retry-After header value or null. */
  public BatchRejected(int status, String retryAfter, String code, String message) {
    this(status, retryAfter, code, message, GraphTrace.NONE);
  }

  /** trace: the answer's request-id, client-request-id and date, for Microsoft support. */
  public BatchRejected(
      int status, String retryAfter, String code, String message, GraphTrace trace) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
    this.code = code;
    this.trace = trace == null ? GraphTrace.NONE : trace;
  }

  public GraphTrace trace() {
    return trace;
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
