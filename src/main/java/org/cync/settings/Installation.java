package org.cync.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** When this data directory was first used and how often CYNC has started on it since. */
@Entity
public class Installation {
  static final long SINGLETON_ID = 1;

  @Id private long id = SINGLETON_ID;
  private Instant installedAt;
  private Instant lastStartedAt;
  private long starts;

  protected Installation() {}

  Installation(Instant now) {
    this.installedAt = now;
  }

  void started(Instant now) {
    starts++;
    lastStartedAt = now;
  }

  public Instant getInstalledAt() {
    return installedAt;
  }

  public Instant getLastStartedAt() {
    return lastStartedAt;
  }

  public long getStarts() {
    return starts;
  }
}
