/**
 * Who may use CYNC: named accounts with a role (Administrator or Viewer), their passwords (salted
 * PBKDF2), API tokens for scripts (only a SHA-256 of the secret is kept), the sign-in throttle and
 * lock-out, the {@code /api/accounts} resource and the Accounts and Password pages. The sign-in
 * itself (form, Basic, Bearer, sessions) is in {@code org.cync.login}, above this package.
 */
package org.cync.accounts;
