package org.cync.sandbox.token;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Signs the access tokens the token endpoint hands out and verifies them for Graph: RS256 JWTs with
 * aud = Graph, tid, appid, and roles = the permissions granted at issue time (a later revoke only
 * bites once the client fetches a new token, as with Entra).
 */
public final class TokenService {
  public static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";
  public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
  private static final long SKEW_SECONDS = 300;

  private final Clock clock;
  private final String tenantId;
  private final KeyPair keys;
  private final String kid;
  private final Map<String, AccessToken> verified = new ConcurrentHashMap<>();

  /** Entra's default: a lifetime drawn between 60 and 90 minutes per token, to spread load. */
  private volatile Lifetime lifetime = new Lifetime(3600, 5400);

  private record Lifetime(long min, long max) {}

  public TokenService(Clock clock, String tenantId) {
    this.clock = clock;
    this.tenantId = tenantId;
    try {
      this.keys = Pki.rsa();
      byte[] d = MessageDigest.getInstance("SHA-1").digest(keys.getPublic().getEncoded());
      this.kid = Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public long minLifetimeSeconds() {
    return lifetime.min();
  }

  public long maxLifetimeSeconds() {
    return lifetime.max();
  }

  /** One fixed lifetime for every token. */
  public void setLifetimeSeconds(long seconds) {
    setLifetimeSeconds(seconds, seconds);
  }

  /** Each token's lifetime drawn uniformly between min and max seconds (inclusive). */
  public void setLifetimeSeconds(long min, long max) {
    if (min <= 0 || max < min) {
      throw new IllegalArgumentException("lifetime must be 0 < min <= max");
    }
    this.lifetime = new Lifetime(min, max);
  }

  /** The lifetime for the next token (expires_in and the exp claim must agree). */
  public long drawLifetimeSeconds() {
    Lifetime l = lifetime;
    return l.min() == l.max()
        ? l.min()
        : ThreadLocalRandom.current().nextLong(l.min(), l.max() + 1);
  }

  /** Issues a Graph token for the app with its currently granted roles. */
  public String issue(AppRegistration app) {
    return issue(app, drawLifetimeSeconds());
  }

  public String issue(AppRegistration app, long lifetimeSeconds) {
    return issue(
        app.clientId(),
        app.servicePrincipalId(),
        app.roles(),
        GRAPH_AUDIENCE,
        tenantId,
        lifetimeSeconds);
  }

  /** Issues any token, also deliberately wrong ones (tests of Graph's 401s use this). */
  public String issue(
      String appId, String oid, Set<String> roles, String audience, String tid, long lifetime) {
    long now = clock.instant().getEpochSecond();
    JsonObject h = new JsonObject();
    h.addProperty("typ", "JWT");
    h.addProperty("alg", "RS256");
    h.addProperty("x5t", kid);
    h.addProperty("kid", kid);
    JsonObject c = new JsonObject();
    c.addProperty("aud", audience);
    c.addProperty("iss", "https://sts.windows.net/" + tid + "/");
    c.addProperty("iat", now);
    c.addProperty("nbf", now);
    c.addProperty("exp", now + lifetime);
    c.addProperty("app_displayname", "CYNC");
    c.addProperty("appid", appId);
    c.addProperty("appidacr", "2");
    c.addProperty("idp", "https://sts.windows.net/" + tid + "/");
    c.addProperty("idtyp", "app");
    c.addProperty("oid", oid);
    if (!roles.isEmpty()) {
      JsonArray r = new JsonArray();
      roles.forEach(r::add);
      c.add("roles", r);
    }
    c.addProperty("sub", oid);
    c.addProperty("tid", tid);
    c.addProperty("uti", UUID.randomUUID().toString().replace("-", ""));
    c.addProperty("ver", "1.0");
    return Jwt.sign(h, c, keys.getPrivate());
  }

  /** Verifies a bearer token for Graph; throws InvalidTokenException with Graph's wording. */
  public AccessToken verify(String token) {
    AccessToken known = verified.get(token);
    long now = clock.instant().getEpochSecond();
    if (known == null) {
      known = verifyFresh(token);
      if (verified.size() > 50_000) {
        verified.clear();
      }
      verified.put(token, known);
    }
    if (known.expiresAt() + SKEW_SECONDS < now) {
      throw new InvalidTokenException("Lifetime validation failed, the token is expired.");
    }
    return known;
  }

  private AccessToken verifyFresh(String token) {
    Jwt jwt;
    try {
      jwt = Jwt.parse(token);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("IDX14100: JWT is not well formed, there are no dots (.).");
    }
    if (!"RS256".equals(jwt.alg()) || !jwt.verify(keys.getPublic())) {
      throw new InvalidTokenException("Access token validation failure. Invalid signature.");
    }
    String aud = jwt.claim("aud");
    if (!GRAPH_AUDIENCE.equals(aud) && !GRAPH_APP_ID.equals(aud)) {
      throw new InvalidTokenException("Access token validation failure. Invalid audience.");
    }
    if (!tenantId.equals(jwt.claim("tid"))) {
      throw new InvalidTokenException("Access token validation failure. Invalid issuer.");
    }
    Set<String> roles = new HashSet<>();
    if (jwt.claims().has("roles")) {
      jwt.claims().getAsJsonArray("roles").forEach(e -> roles.add(e.getAsString()));
    }
    Long exp = jwt.seconds("exp");
    return new AccessToken(jwt.claim("appid"), tenantId, Set.copyOf(roles), exp == null ? 0 : exp);
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keys.getPublic();
  }

  public String kid() {
    return kid;
  }
}
