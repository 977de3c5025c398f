package org.cync.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cync.accounts.Account;
import org.cync.accounts.Accounts;
import org.cync.accounts.PasswordHash;
import org.cync.accounts.SignInThrottle;
import org.cync.audit.AuditTrail;

/**
 * Checks a name and password: the throttle first (a refused attempt checks nothing), then the
 * password, which costs one PBKDF2 derivation whether or not the account exists (a dummy hash for
 * unknown names, so names cannot be probed by timing). Nothing here is locked: sign-ins run in
 * parallel, and the container's HTTP threads bound how many derive at once. Audits every console
 * sign-in, the first Basic sign-in of an account per hour, every failure and every lock.
 */
@ApplicationScoped
public class SignIn {
  static final Duration AUDIT_BASIC_EVERY = Duration.ofHours(1);
  private static final String DUMMY_HASH = PasswordHash.hash("not a password".toCharArray());

  @Inject Accounts accounts;
  @Inject SignInThrottle throttle;
  @Inject AuditTrail audit;
  Clock clock = Clock.systemUTC();
  private final RecentLogin recent = new RecentLogin(Clock.systemUTC());
  private final Map<String, Instant> basicAudited = new ConcurrentHashMap<>();

  /** {@code console}: the login page (always audited); else HTTP Basic. */
  SignInOutcome attempt(String name, char[] password, String address, boolean console) {
    String typed = name == null ? "" : name;
    SignInThrottle.Verdict verdict = throttle.admit(typed, address);
    if (!verdict.allowed()) {
      return new SignInOutcome(
          verdict.lockedUntil() != null ? SignInOutcome.Kind.LOCKED : SignInOutcome.Kind.THROTTLED,
          null,
          verdict.retryAfterSeconds());
    }
    Account a = accounts.find(typed);
    Instant now = clock.instant();
    if (a != null && a.getLockedUntil() != null && now.isBefore(a.getLockedUntil())) {
      long seconds = Math.max(1, Duration.between(now, a.getLockedUntil()).toSeconds());
      return new SignInOutcome(SignInOutcome.Kind.LOCKED, null, seconds);
    }
    String stored = a == null ? DUMMY_HASH : a.getPasswordHash();
    boolean right =
        (a != null && recent.knows(a.getName(), stored, password))
            || (PasswordHash.matches(password, stored) && a != null);
    if (right && !a.isDisabled()) {
      recent.remember(a.getName(), stored, password);
      throttle.accepted(typed, address);
      signedIn(a, address, console, now);
      return new SignInOutcome(SignInOutcome.Kind.SIGNED_IN, a, 0);
    }
    Instant locked = throttle.rejected(typed);
    audit.recordAs(
        "anonymous",
        "Sign-in failed",
        "as '"
            + shorten(typed)
            + "' from "
            + address
            + (right ? " (account disabled)" : "")
            + (console ? " on the login page" : " with HTTP Basic"));
    if (locked != null) {
      accounts.lock(typed, locked);
    }
    return new SignInOutcome(SignInOutcome.Kind.WRONG, null, 0);
  }

  private void signedIn(Account a, String address, boolean console, Instant now) {
    if (!console) {
      Instant last = basicAudited.get(a.getName());
      if (last != null && now.isBefore(last.plus(AUDIT_BASIC_EVERY))) {
        return;
      }
      basicAudited.put(a.getName(), now);
    }
    accounts.signedIn(a.getName());
    audit.recordAs(
        a.getName(),
        "Signed in",
        "from "
            + address
            + (console ? " on the login page" : " with HTTP Basic (first use this hour)"));
  }

  static String shorten(String typed) {
    String printable = typed.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 64 ? printable.substring(0, 64) : printable;
  }
}
