package org.cync.connection;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Once a minute: removes a certificate replaced by a renewal when its grace period is over. */
@Singleton
public class CertificateRetirement {
  @Inject Connection connection;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void retire() {
    connection.retireDue();
  }
}
