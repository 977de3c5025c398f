package org.cync.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One directory user as last read, whole: every user, not only the sources, because targets,
 * manager names, group filters and a change of mapping options are all decided again from this
 * mirror at every run without reading the tenant again. Keyed by object ID, so a chunk written
 * twice (after a restart) overwrites instead of duplicating.
 */
@Entity
@Table(name = "DIRECTORY_USER")
public class MirrorEntry {
  @Id
  @Column(length = 64)
  private String sourceId;

  private String displayName;
  private String mail;

  /** SHA-256 of {@link #userJson}: a change of anything CYNC reads about the user. */
  @Column(length = 64)
  private String fingerprint;

  /** The job execution that wrote this version; shows which run a restart resumed. */
  private long writtenByExecution;

  /** The {@link SourceUser} as JSON. */
  @Lob private String userJson;

  /**
   * The job instance whose directory round last saw this user: after a full round, entries of older
   * rounds are users that are gone.
   */
  private long seenInRound;

  protected MirrorEntry() {}

  public MirrorEntry(
      SourceUser user, String userJson, String fingerprint, long execution, long round) {
    this.sourceId = user.id();
    this.displayName = user.displayName();
    this.mail = user.mail();
    this.userJson = userJson;
    this.fingerprint = fingerprint;
    this.writtenByExecution = execution;
    this.seenInRound = round;
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

  public String getUserJson() {
    return userJson;
  }

  public long getSeenInRound() {
    return seenInRound;
  }

  public long getWrittenByExecution() {
    return writtenByExecution;
  }
}
