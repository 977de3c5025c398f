package org.cync.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One mailbox CYNC writes to, or wrote to and must clean up: whether it is a target now, its
 * folder, and what the last attempt found. A mailbox without Exchange Online is remembered as such
 * until its owner changes in the directory (a licence assigned), so it costs no request at every
 * run.
 */
@Entity
@Table(name = "TARGET_MAILBOX")
public class TargetMailbox {
  /** Why the last attempt on this mailbox did not write. */
  public enum Status {
    OK,
    NO_MAILBOX,
    FAILED
  }

  /** The owner's object ID: stable across renames, and what Graph URLs and the throttle key on. */
  @Id
  @Column(length = 64)
  private String userId;

  private String userPrincipalName;
  private String displayName;
  private boolean wanted;

  @Column(length = 512)
  private String folderId;

  private String folderName;
  private Status status;

  @Column(length = 1000)
  private String message;

  /** The owner's directory fingerprint when Exchange said there is no mailbox. */
  @Column(length = 64)
  private String noMailboxUserFingerprint;

  /**
   * Set while a run writes here: if still set at the next start, writes may have gone unrecorded.
   */
  private boolean inProgress;

  /** A create's answer was lost: look for a duplicate of ours before this mailbox is done. */
  private boolean needsScan;

  /**
   * When a scan last read this mailbox's folder and squared the record with it (epoch millis), or
   * null: the contacts counted since then are what CYNC wrote, not what the mailbox was seen to
   * hold.
   */
  private Long confirmedAtMillis;

  protected TargetMailbox() {}

  TargetMailbox(String userId) {
    this.userId = userId;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserPrincipalName() {
    return userPrincipalName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isWanted() {
    return wanted;
  }

  public String getFolderId() {
    return folderId;
  }

  public String getFolderName() {
    return folderName;
  }

  public Status getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public boolean isInProgress() {
    return inProgress;
  }

  public boolean isNeedsScan() {
    return needsScan;
  }

  String noMailboxUserFingerprint() {
    return noMailboxUserFingerprint;
  }

  void owner(String upn, String name, boolean wanted) {
    this.userPrincipalName = upn;
    this.displayName = name;
    this.wanted = wanted;
  }

  void folder(String id, String name) {
    this.folderId = id;
    this.folderName = name;
  }

  void status(Status status, String message, String noMailboxFingerprint) {
    this.status = status;
    this.message =
        message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    this.noMailboxUserFingerprint = noMailboxFingerprint;
  }

  void inProgress(boolean on) {
    this.inProgress = on;
  }

  public java.util.Optional<java.time.Instant> getConfirmedAt() {
    return java.util.Optional.ofNullable(confirmedAtMillis).map(java.time.Instant::ofEpochMilli);
  }

  void confirmed(java.time.Instant at) {
    this.confirmedAtMillis = at.toEpochMilli();
  }

  void needsScan(boolean on) {
    this.needsScan = on;
  }
}
