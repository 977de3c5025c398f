package org.cync.directory;

/**
 * Graph no longer knows the sync state behind a delta or next link (400 {@code syncStateNotFound}
 * or {@code resyncRequired} after 7 days, or 410 Gone): the job must read everything again with
 * {@link UsersDelta#first()} and may remove only what that full round no longer contains.
 */
public class DeltaExpired extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String location;

  public DeltaExpired(int status, String code, String location, Throwable cause) {
    super(
        "Graph answered "
            + status
            + (code == null ? "" : " " + code)
            + ": the users delta link expired; a full resync is needed",
        cause);
    this.status = status;
    this.location = location;
  }

  public int status() {
    return status;
  }

  /**
   * The {@code Location} of a 410 (the initial query again, with an empty {@code $deltatoken}), or
   * null. {@link UsersDelta#next(String)} accepts it; {@link UsersDelta#first()} is equivalent.
   */
  public String location() {
    return location;
  }
}
