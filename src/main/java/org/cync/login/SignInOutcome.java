package org.cync.login;

import org.cync.accounts.Account;

/**
 * How a sign-in ended: signed in (with the account), a wrong name or password, or refused without a
 * check because of the throttle (wait {@code retryAfterSeconds}) or a lock.
 */
record SignInOutcome(Kind kind, Account account, long retryAfterSeconds) {
  enum Kind {
    SIGNED_IN,
    WRONG,
    THROTTLED,
    LOCKED
  }

  /** The request attribute under which the login page finds the outcome. */
  static final String ATTRIBUTE = SignInOutcome.class.getName();

  boolean signedIn() {
    return kind == Kind.SIGNED_IN;
  }
}
