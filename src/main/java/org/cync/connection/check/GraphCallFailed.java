package org.cync.connection.check;

/** A Graph error answer reduced to what the checklist needs: status, code and message. */
public class GraphCallFailed extends Exception {
  private final int status;
  private final String code;

  public GraphCallFailed(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The administrator's remedy first, then Graph's own words. */
  public String explain() {
    String advice = MicrosoftErrors.graph(code);
    String said =
        "Graph answered " + status + (code == null ? "" : " " + code) + ": " + getMessage();
    return advice == null ? said : advice + " (" + said + ")";
  }
}
