package org.cync.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An API token of an account, for scripts ({@code Authorization: Bearer cync_…}). Only the SHA-256
 * of its secret is kept ({@link TokenSecret}); the secret is shown once, when it is created.
 */
@Entity
@Table(indexes = @Index(columnList = "secretHash", unique = true))
public class ApiToken {
  @Id @GeneratedValue private long id;

  @Column(length = 64, nullable = false)
  private String secretHash;

  @Column(length = 64, nullable = false)
  private String accountKey;

  @Column(length = 64, nullable = false)
  private String name;

  private long createdMillis;
  private long expiresMillis;
  private Long lastUsedMillis;
  private Long lastAuditedMillis;
  private boolean revoked;

  protected ApiToken() {}

  ApiToken(String secretHash, String accountKey, String name, Instant created, Instant expires) {
    this.secretHash = secretHash;
    this.accountKey = accountKey;
    this.name = name;
    this.createdMillis = created.toEpochMilli();
    this.expiresMillis = expires.toEpochMilli();
  }

  public long getId() {
    return id;
  }

  String getAccountKey() {
    return accountKey;
  }

  public String getName() {
    return name;
  }

  public Instant getCreated() {
    return Instant.ofEpochMilli(createdMillis);
  }

  public Instant getExpires() {
    return Instant.ofEpochMilli(expiresMillis);
  }

  public Instant getLastUsed() {
    return lastUsedMillis == null ? null : Instant.ofEpochMilli(lastUsedMillis);
  }

  void setLastUsed(Instant at) {
    this.lastUsedMillis = at.toEpochMilli();
  }

  Instant getLastAudited() {
    return lastAuditedMillis == null ? null : Instant.ofEpochMilli(lastAuditedMillis);
  }

  void setLastAudited(Instant at) {
    this.lastAuditedMillis = at.toEpochMilli();
  }

  public boolean isRevoked() {
    return revoked;
  }

  void revoke() {
    this.revoked = true;
  }

  /** Usable now: neither revoked nor expired. */
  public boolean isValidAt(Instant now) {
    return !revoked && now.isBefore(getExpires());
  }
}
