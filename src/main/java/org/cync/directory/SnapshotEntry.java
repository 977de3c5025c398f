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

  /** The contact as JSON ({@code ContactCard}), for the mailbox step; null for sample users. */
  @jakarta.persistence.Lob private String card;

  /**
   * The job instance whose directory round last saw this user: after a full round, entries of older
   * rounds are users that are gone.
   */
  private long seenInRound;

  protected SnapshotEntry() {}

  public SnapshotEntry(
      String sourceId,
      String displayName,
      String mail,
      String fingerprint,
      long execution,
      String card,
      long round) {
    this(sourceId, displayName, mail, fingerprint, execution);
    this.card = card;
    this.seenInRound = round;
  }

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

  public String getCard() {
    return card;
  }

  public long getSeenInRound() {
    return seenInRound;
  }

  public long getWrittenByExecution() {
    return writtenByExecution;
  }
}
