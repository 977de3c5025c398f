package org.cync.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A person (or a script's owner) who may sign in. Names are unique whatever their case ({@code
 * nameKey}); the password is kept only as a PBKDF2 hash; times are epoch milliseconds, as Derby
 * sorts them.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = "nameKey"))
public class Account {
  @Id @GeneratedValue private long id;

  @Column(length = 64, nullable = false)
  private String name;

  @Column(length = 64, nullable = false)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(length = 16, nullable = false)
  private Role role;

  private boolean disabled;
  private boolean mustChangePassword;

  @Column(length = 200)
  private String passwordHash;

  /** PBKDF2 of the last cync.admin.password applied, to tell when the configured value changes. */
  @Column(length = 200)
  private String configuredPasswordHash;

  private long createdMillis;
  private Long lastSignInMillis;
  private Long lockedUntilMillis;

  protected Account() {}

  Account(String name, Role role, String passwordHash, Instant created) {
    this.name = name;
    this.nameKey = AccountRules.key(name);
    this.role = role;
    this.passwordHash = passwordHash;
    this.createdMillis = created.toEpochMilli();
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Role getRole() {
    return role;
  }

  void setRole(Role role) {
    this.role = role;
  }

  public boolean isDisabled() {
    return disabled;
  }

  void setDisabled(boolean disabled) {
    this.disabled = disabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  void setMustChangePassword(boolean mustChangePassword) {
    this.mustChangePassword = mustChangePassword;
  }

  /** The salted PBKDF2 hash, for the sign-in's check; never shown or exported. */
  public String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  String getConfiguredPasswordHash() {
    return configuredPasswordHash;
  }

  void setConfiguredPasswordHash(String configuredPasswordHash) {
    this.configuredPasswordHash = configuredPasswordHash;
  }

  public Instant getCreated() {
    return Instant.ofEpochMilli(createdMillis);
  }

  public Instant getLastSignIn() {
    return lastSignInMillis == null ? null : Instant.ofEpochMilli(lastSignInMillis);
  }

  void setLastSignIn(Instant at) {
    this.lastSignInMillis = at.toEpochMilli();
  }

  public Instant getLockedUntil() {
    return lockedUntilMillis == null ? null : Instant.ofEpochMilli(lockedUntilMillis);
  }

  void setLockedUntil(Instant until) {
    this.lockedUntilMillis = until == null ? null : until.toEpochMilli();
  }

  /** For tests of the rules, which compare accounts by id. */
  void setIdForTest(long id) {
    this.id = id;
  }
}
