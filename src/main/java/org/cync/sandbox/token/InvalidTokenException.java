package org.cync.sandbox.token;

/** An access token Graph must refuse with 401 InvalidAuthenticationToken; the message says why. */
public final class InvalidTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String message) {
    super(message);
  }
}
