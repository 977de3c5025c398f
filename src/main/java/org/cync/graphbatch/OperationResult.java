package org.cync.graphbatch;

/**
 * What became of one {@link ContactOperation}.
 *
 * @param key the operation's caller key
 * @param contactId the new contact's ID (CREATE), else null
 * @param changeKey the new contact's changeKey (CREATE), else null
 * @param status the HTTP status of the last answer (0 when none came: connection, interruption)
 * @param errorCode Graph's error code for FAILED (or SKIPPED_NOT_FOUND), else null
 * @param doubtful an earlier attempt's answer was lost, so it may have been applied too (a CREATE
 *     may then have left a duplicate)
 * @param trace request-id, client-request-id and date of the failing answer ({@link
 *     GraphTrace#NONE} when none came)
 */
public record OperationResult(
    String key,
    Outcome outcome,
    String contactId,
    String changeKey,
    int status,
    String errorCode,
    String errorMessage,
    boolean doubtful,
    GraphTrace trace) {

  public OperationResult {
    trace = trace == null ? GraphTrace.NONE : trace;
  }

  /**
   * DONE, or a delete/update of a contact already gone, or FAILED; NOT_SENT when the run stopped
   * while it waited to be sent again (nothing to record: a restart plans it again).
   */
  public enum Outcome {
    DONE,
    SKIPPED_NOT_FOUND,
    FAILED,
    NOT_SENT
  }

  static OperationResult notSent(String key, boolean doubtful) {
    return new OperationResult(key, Outcome.NOT_SENT, null, null, 0, null, null, doubtful, null);
  }

  /** The run stopped before this operation's answer came; nothing about it is known anew. */
  public boolean notSent() {
    return outcome == Outcome.NOT_SENT;
  }

  static OperationResult done(
      String key, int status, String contactId, String changeKey, boolean doubtful) {
    return new OperationResult(
        key, Outcome.DONE, contactId, changeKey, status, null, null, doubtful, null);
  }

  static OperationResult notFound(String key, String code, String message, boolean doubtful) {
    return new OperationResult(
        key, Outcome.SKIPPED_NOT_FOUND, null, null, 404, code, message, doubtful, null);
  }

  static OperationResult failed(
      String key, int status, String code, String message, boolean doubtful, GraphTrace trace) {
    return new OperationResult(
        key, Outcome.FAILED, null, null, status, code, message, doubtful, trace);
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
