package org.cync.directory;

/**
 * The pickers cannot ask the directory: no tenant is connected, or Graph refused or did not answer.
 * The message is short and meant for the page; an ID can still be typed or pasted.
 */
public final class DirectoryUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean connected;

  public DirectoryUnavailable(String message, boolean connected) {
    super(message, null, false, false);
    this.connected = connected;
  }

  /** False when no tenant is connected (the API's 409), true when Graph failed (503). */
  public boolean connected() {
    return connected;
  }
}
