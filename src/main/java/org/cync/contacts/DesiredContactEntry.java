package org.cync.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The contact CYNC wants for one source user now, and the one it wanted before the last change: a
 * mailbox that holds the previous version gets a PATCH of only the fields that differ.
 */
@Entity
@Table(name = "DESIRED_CONTACT")
public class DesiredContactEntry {
  @Id
  @Column(length = 64)
  private String sourceId;

  private String displayName;

  @Column(length = 64)
  private String fingerprint;

  @Lob private String cardJson;

  @Column(length = 64)
  private String previousFingerprint;

  @Lob private String previousCardJson;

  /** The photo wanted: its source's media etag, {@link Wanted#NO_PHOTO}, or null (photos off). */
  @Column(length = 200)
  private String photoTag;

  protected DesiredContactEntry() {}

  DesiredContactEntry(ContactCard card, String json) {
    this.sourceId = card.sourceId();
    replace(card, json);
  }

  void replace(ContactCard card, String json) {
    this.displayName = card.displayName();
    this.fingerprint = card.fingerprint();
    this.cardJson = json;
  }

  /** The card becomes {@code card}; the one it was is kept as the previous version. */
  void change(ContactCard card, String json) {
    previousFingerprint = fingerprint;
    previousCardJson = cardJson;
    replace(card, json);
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public String getPreviousFingerprint() {
    return previousFingerprint;
  }

  public String getPhotoTag() {
    return photoTag;
  }
}
