package org.cync.accounts;

import jakarta.ejb.ApplicationException;

/**
 * A request about accounts or tokens that cannot be done, with the HTTP status the API answers and
 * a message for people (naming the field for a 400). Never carries exception text. An application
 * exception: it reaches the caller as it is, and what was written before it (the audit line of a
 * wrong current password) is kept; every check runs before anything is changed.
 */
@ApplicationException(rollback = false)
public class AccountProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  AccountProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static AccountProblem badRequest(String message) {
    return new AccountProblem(400, message);
  }

  static AccountProblem notFound(String name) {
    return new AccountProblem(
        404, "There is no account named '" + AccountRules.shorten(name) + "'.");
  }

  static AccountProblem forbidden(String message) {
    return new AccountProblem(403, message);
  }
}
