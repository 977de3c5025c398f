package org.cync.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The contact CYNC wants for one source user, as last read from the directory. Keyed by the user's
 * object ID, so a chunk written twice (after a restart) overwrites instead of duplicating.
 */
@Entity
@Table(name = "DIRECTORY_SNAPSHOT")
public class SnapshotEntry {
  @Id
  @Column(length = 64)
  private String sourceId;

  private String displayName;
  private String mail;

  @Column(length = 64)
  private String fingerprint;

  /** The job execution that wrote this version; shows which run a restart resumed. */
  private long writtenByExecution;

  protected SnapshotEntry() {}

  public SnapshotEntry(
      String sourceId, String displayName, String mail, String fingerprint, long execution) {
    this.sourceId = sourceId;
    this.displayName = displayName;
    this.mail = mail;
    this.fingerprint = fingerprint;
    this.writtenByExecution = execution;
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getMail() {
    return mail;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public long getWrittenByExecution() {
    return writtenByExecution;
  }
}
