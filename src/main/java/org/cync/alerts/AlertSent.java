package org.cync.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When the mail of one event key was last sent: what {@link OncePerDay} decides on. */
@Entity
@Table(name = "ALERT_SENT")
public class AlertSent {
  @Id
  @Column(length = 200)
  private String eventKey;

  private Instant sentAt;

  protected AlertSent() {}

  AlertSent(String eventKey, Instant sentAt) {
    this.eventKey = eventKey;
    this.sentAt = sentAt;
  }

  void sent(Instant at) {
    this.sentAt = at;
  }

  Instant sentAt() {
    return sentAt;
  }
}
