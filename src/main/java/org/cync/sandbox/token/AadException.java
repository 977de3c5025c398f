package org.cync.sandbox.token;

/** An AADSTS error of the token endpoint: HTTP status, OAuth error, AADSTS code and text. */
public final class AadException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String error;
  private final int code;

  public AadException(int status, String error, int code, String text) {
    super(text);
    this.status = status;
    this.error = error;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public int code() {
    return code;
  }
}
