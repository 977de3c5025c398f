package org.cync.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A contact CYNC holds in a mailbox: which source user it is, its Exchange ID, and the fingerprint
 * of the version written. Written in the same transaction as the chunk that wrote the contact, so
 * after a crash only the one chunk under way can be unrecorded (see {@link TargetMailbox}).
 */
@Entity
@Table(
    name = "MAILBOX_CONTACT",
    indexes = @Index(name = "MAILBOX_CONTACT_MAILBOX", columnList = "mailboxId"))
public class MailboxContact {
  @Id
  @Column(length = 130)
  private String id;

  @Column(length = 64)
  private String mailboxId;

  @Column(length = 64)
  private String sourceId;

  @Column(length = 512)
  private String contactId;

  /** Null when the version in the mailbox is not known (adopted or recovered): PATCH it whole. */
  @Column(length = 64)
  private String fingerprint;

  /** The photo CYNC put on the contact (its source's media etag); null: none, or not known. */
  @Column(length = 200)
  private String photoTag;

  protected MailboxContact() {}

  MailboxContact(String mailboxId, String sourceId, String contactId, String fingerprint) {
    this.id = key(mailboxId, sourceId);
    this.mailboxId = mailboxId;
    this.sourceId = sourceId;
    this.contactId = contactId;
    this.fingerprint = fingerprint;
  }

  static String key(String mailboxId, String sourceId) {
    return mailboxId + "|" + sourceId;
  }

  public String getMailboxId() {
    return mailboxId;
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getContactId() {
    return contactId;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public String getPhotoTag() {
    return photoTag;
  }

  void photo(String tag) {
    this.photoTag = tag;
  }

  void written(String contactId, String fingerprint) {
    this.contactId = contactId;
    this.fingerprint = fingerprint;
  }
}
