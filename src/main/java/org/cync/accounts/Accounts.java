package org.cync.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cync.audit.AuditTrail;

/**
 * Reads and changes accounts; each change is audited in its transaction. A stateless EJB (a pool,
 * no lock): sign-ins read accounts in parallel, and no password is ever checked under a lock.
 */
@Stateless
public class Accounts {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject SignInThrottle throttle;
  Clock clock = Clock.systemUTC();
  java.nio.file.Path dataDir = org.cync.store.DataDirectory.path();

  public List<Account> list() {
    return em.createQuery("select a from Account a order by a.nameKey", Account.class)
        .getResultList();
  }

  /** The account named {@code name} (any case), or null. */
  public Account find(String name) {
    if (name == null || name.length() > 64) {
      return null;
    }
    List<Account> found =
        em.createQuery("select a from Account a where a.nameKey = :k", Account.class)
            .setParameter("k", AccountRules.key(name))
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  public Account existing(String name) {
    Account a = find(name);
    if (a == null) {
      throw AccountProblem.notFound(name);
    }
    return a;
  }

  /** A new account; it must change the password it was given at its first sign-in. */
  public Account create(String name, Role role, String password) {
    AccountRules.checkName(name);
    if (role == null) {
      throw AccountProblem.badRequest("'role' must be ADMINISTRATOR or VIEWER.");
    }
    AccountRules.checkPassword("password", name, password);
    if (find(name) != null) {
      throw AccountProblem.badRequest("'name': an account named '" + name + "' exists already.");
    }
    Account a = new Account(name, role, PasswordHash.hash(password.toCharArray()), clock.instant());
    a.setMustChangePassword(true);
    em.persist(a);
    audit.record("Account created", name + " (" + role + ")");
    return a;
  }

  /** An Administrator's change; refuses to leave no enabled Administrator. */
  public Account update(String name, AccountChange change) {
    Account a = existing(name);
    Role role = change.role() == null ? a.getRole() : change.role();
    boolean disabled = change.disabled() == null ? a.isDisabled() : change.disabled();
    if (role != a.getRole() || disabled != a.isDisabled()) {
      AccountRules.keepAnAdministrator(
          list(), a, role, disabled, role != a.getRole() ? "role" : "disabled");
    }
    if (change.password() != null) {
      AccountRules.checkPassword("password", a.getName(), change.password());
    }
    List<String> what = new ArrayList<>();
    if (role != a.getRole()) {
      what.add("role " + a.getRole() + " → " + role);
      a.setRole(role);
    }
    if (disabled != a.isDisabled()) {
      what.add(disabled ? "disabled" : "enabled");
      a.setDisabled(disabled);
    }
    if (change.password() != null) {
      a.setPasswordHash(PasswordHash.hash(change.password().toCharArray()));
      a.setMustChangePassword(true);
      what.add("password reset (to be changed at the next sign-in)");
    }
    if (change.unlock()) {
      a.setLockedUntil(null);
      throttle.unlock(a.getName());
      audit.record("Account unlocked", a.getName());
    }
    if (!what.isEmpty()) {
      audit.record("Account changed", a.getName() + ": " + String.join(", ", what));
    }
    return a;
  }

  /**
   * The account's own change of password: the current one must be right (a wrong one counts as a
   * failed sign-in), the new one must follow the rules, and the forced change is then done.
   */
  public void changeOwnPassword(String name, String current, String wanted, String address) {
    Account a = existing(name);
    if (!throttle.admit(name, address).allowed()) {
      throw new AccountProblem(429, "Too many wrong passwords; wait a minute and try again.");
    }
    if (current == null
        || current.length() > AccountRules.MAX_PASSWORD
        || !PasswordHash.matches(current.toCharArray(), a.getPasswordHash())) {
      Instant locked = throttle.rejected(name);
      audit.record("Password change refused", a.getName() + ": wrong current password");
      if (locked != null) {
        lock(a.getName(), locked);
      }
      throw AccountProblem.badRequest("'currentPassword' is not the account's current password.");
    }
    throttle.accepted(name, address);
    AccountRules.checkPassword("password", a.getName(), wanted);
    if (wanted.equals(current)) {
      throw AccountProblem.badRequest("'password' must differ from the current password.");
    }
    a.setPasswordHash(PasswordHash.hash(wanted.toCharArray()));
    a.setMustChangePassword(false);
    if (FirstAdministrator.NAME.equals(AccountRules.key(a.getName()))) {
      new FirstAdministrator(dataDir, null).passwordChanged();
    }
    audit.record("Password changed", a.getName());
  }

  /** Notes a sign-in (the caller audits it). */
  public void signedIn(String name) {
    Account a = find(name);
    if (a != null) {
      a.setLastSignIn(clock.instant());
    }
  }

  /**
   * The throttle locked {@code name} (as typed): kept on the account, if there is one, and audited.
   */
  public void lock(String name, Instant until) {
    Account a = find(name);
    if (a != null) {
      a.setLockedUntil(until);
    }
    audit.recordAs(
        "cync",
        "Account locked",
        AccountRules.shorten(name)
            + " until "
            + until
            + " after "
            + SignInThrottle.LOCK_AFTER
            + " failed sign-ins");
  }
}
