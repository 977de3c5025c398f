package org.cync.connection.certificate;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the certificate still works, for the console and the health page: a warning from 30 days
 * before the end, because renewing also means uploading to Entra, which may need another person.
 */
public record Expiry(State state, long daysLeft, Instant notAfter) {
  static final long WARNING_DAYS = 30;

  public enum State {
    OK,
    WARNING,
    EXPIRED,
    NOT_YET_VALID
  }

  /** daysLeft counts whole days until notAfter (negative once expired). */
  public static Expiry of(X509Certificate c, Instant now) {
    Instant notAfter = c.getNotAfter().toInstant();
    long days = Duration.between(now, notAfter).toDays();
    State state;
    if (now.isBefore(c.getNotBefore().toInstant())) {
      state = State.NOT_YET_VALID;
    } else if (now.isAfter(notAfter)) {
      state = State.EXPIRED;
    } else if (days <= WARNING_DAYS) {
      state = State.WARNING;
    } else {
      state = State.OK;
    }
    return new Expiry(state, days, notAfter);
  }

  /** One phrase for the console, e.g. "expires in 12 days (2026-12-08): renew it now". */
  public String describe() {
    String day = CertificateRules.day(notAfter);
    return switch (state) {
      case OK -> "valid for " + daysLeft + " more days (until " + day + ")";
      case WARNING ->
          (daysLeft == 0 ? "expires today" : "expires in " + daysLeft + days())
              + " ("
              + day
              + "): renew it now";
      case EXPIRED -> "expired on " + day + ": renew it, sign-in fails until then";
      case NOT_YET_VALID ->
          "not valid yet (valid until "
              + day
              + "): check the date and time of this server, sign-in fails until then";
    };
  }

  private String days() {
    return daysLeft == 1 ? " day" : " days";
  }
}
