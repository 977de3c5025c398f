package org.cync.alerts;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.cync.connection.Connection;
import org.cync.connection.certificate.Expiry;

/**
 * Looks at the certificate in use every hour and mails when it expires within {@link #DAYS} days;
 * the flood guard keeps that to one mail a day.
 */
@Singleton
public class CertificateWatch {
  static final long DAYS = 30;

  @Inject Connection connection;
  @Inject Alerts alerts;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void check() {
    connection.expiry().filter(CertificateWatch::soon).ifPresent(this::alert);
  }

  static boolean soon(Expiry e) {
    return e.daysLeft() <= DAYS;
  }

  private void alert(Expiry e) {
    alerts.sendOnce(AlertMails.certificateExpiring(e.daysLeft(), e.notAfter()));
  }
}
