package org.cync.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change made by a person (or by CYNC itself, as "cync"). */
@Entity
@Table(indexes = @Index(columnList = "atMillis"))
public class AuditEntry {
  @Id @GeneratedValue private long id;

  /** Epoch milliseconds: Derby sorts numbers, not the serialized Instant EclipseLink writes. */
  private long atMillis;

  private String actor;
  private String action;

  @Column(length = 2000)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(Instant at, String actor, String action, String detail) {
    this.atMillis = at.toEpochMilli();
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Instant getAt() {
    return Instant.ofEpochMilli(atMillis);
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }
}
