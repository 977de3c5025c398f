package org.cync.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cync.audit.AuditTrail;

/**
 * Creates, lists, revokes and checks API tokens. Checking a token is one indexed look-up of its
 * SHA-256; its last use is written at most once a minute, and its use audited when it changes
 * something, else at most once an hour.
 */
@Stateless
public class ApiTokens {
  static final int MAX_ACTIVE = 50;
  static final Duration LAST_USED_EVERY = Duration.ofMinutes(1);
  static final Duration AUDIT_READS_EVERY = Duration.ofHours(1);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Accounts accounts;
  Clock clock = Clock.systemUTC();

  /** A token just made, and its secret: the only time the secret is known. */
  public record NewToken(ApiToken token, String secret) {}

  public List<ApiToken> of(String accountName) {
    Account a = accounts.existing(accountName);
    return em.createQuery(
            "select t from ApiToken t where t.accountKey = :k order by t.createdMillis desc",
            ApiToken.class)
        .setParameter("k", AccountRules.key(a.getName()))
        .getResultList();
  }

  public NewToken create(String accountName, String name, String expires) {
    Account a = accounts.existing(accountName);
    if (name == null || name.isBlank() || name.length() > 64 || name.matches(".*\\p{Cntrl}.*")) {
      throw AccountProblem.badRequest(
          "'name' must be 1 to 64 characters without control characters, e.g. 'backup script'.");
    }
    Instant now = clock.instant();
    Instant until = TokenExpiry.parse(expires, now);
    long active = of(a.getName()).stream().filter(t -> t.isValidAt(now)).count();
    if (active >= MAX_ACTIVE) {
      throw AccountProblem.badRequest(
          "'name': " + a.getName() + " has " + MAX_ACTIVE + " valid tokens; revoke one first.");
    }
    String secret = TokenSecret.generate();
    ApiToken t =
        new ApiToken(
            TokenSecret.hash(secret), AccountRules.key(a.getName()), name.strip(), now, until);
    em.persist(t);
    em.flush();
    audit.record(
        "API token created",
        a.getName() + ": '" + t.getName() + "' (id " + t.getId() + "), expires " + until);
    return new NewToken(t, secret);
  }

  public void revoke(String accountName, long id) {
    Account a = accounts.existing(accountName);
    ApiToken t = em.find(ApiToken.class, id);
    if (t == null || !t.getAccountKey().equals(AccountRules.key(a.getName()))) {
      throw new AccountProblem(404, "Account " + a.getName() + " has no token " + id + ".");
    }
    if (!t.isRevoked()) {
      t.revoke();
      audit.record(
          "API token revoked", a.getName() + ": '" + t.getName() + "' (id " + t.getId() + ")");
    }
  }

  /**
   * The enabled account a valid token belongs to, or null for an unknown, revoked or expired token
   * or a disabled account; {@code change} says whether the request changes something.
   */
  public Account authenticate(String secret, boolean change, String what) {
    if (!TokenSecret.looksLikeOne(secret)) {
      return null;
    }
    List<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.secretHash = :h", ApiToken.class)
            .setParameter("h", TokenSecret.hash(secret))
            .getResultList();
    Instant now = clock.instant();
    if (found.isEmpty() || !found.get(0).isValidAt(now)) {
      return null;
    }
    ApiToken t = found.get(0);
    Account a = accounts.find(t.getAccountKey());
    if (a == null || a.isDisabled()) {
      return null;
    }
    Instant last = t.getLastUsed();
    if (last == null || !now.isBefore(last.plus(LAST_USED_EVERY))) {
      t.setLastUsed(now);
    }
    Instant audited = t.getLastAudited();
    if (change || audited == null || !now.isBefore(audited.plus(AUDIT_READS_EVERY))) {
      t.setLastAudited(now);
      audit.recordAs(
          a.getName(),
          "API token used",
          "'" + t.getName() + "' (id " + t.getId() + "): " + AccountRules.shorten(what));
    }
    return a;
  }
}
