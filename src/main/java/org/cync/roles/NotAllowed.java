package org.cync.roles;

/** A Viewer (or nobody) tried a change reserved to Administrators. */
public class NotAllowed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAllowed() {
    super("Only an Administrator can change this; you are signed in as a Viewer.");
  }
}
