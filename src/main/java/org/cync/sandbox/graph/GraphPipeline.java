package org.cync.sandbox.graph;

import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.sandbox.mailbox.OutlookApi;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryUser;
import org.cync.sandbox.throttle.DirectoryBudget;
import org.cync.sandbox.throttle.Faults;
import org.cync.sandbox.throttle.Latency;
import org.cync.sandbox.throttle.MailboxThrottle;
import org.cync.sandbox.throttle.RequestCounters;
import org.cync.sandbox.throttle.ThrottleDecision;
import org.cync.sandbox.token.AccessToken;
import org.cync.sandbox.token.InvalidTokenException;
import org.cync.sandbox.token.TokenService;

/**
 * The one path every Graph request and every {@code $batch} sub-request takes: authenticate,
 * classify, check roles (403 by workload), inject faults, throttle (per app and mailbox, or the
 * directory budget), wait the simulated latency, run, count, and stamp Graph's headers.
 */
public final class GraphPipeline {
  private static final Logger LOG = Logger.getLogger(GraphPipeline.class.getName());
  private final TokenService tokens;
  private final Directory dir;
  private final UsersApi users;
  private final UsersDelta usersDelta;
  private final GroupsApi groups;
  private final OutlookApi outlook;
  private final MailboxThrottle mailboxThrottle;
  private final DirectoryBudget budget;
  private final Faults faults;
  private final Latency latency;
  private final RequestCounters counters;
  private final Clock clock;
  private final ErrorLog errors = new ErrorLog();

  public GraphPipeline(
      TokenService tokens,
      Directory dir,
      OutlookApi outlook,
      GraphContext ctx,
      MailboxThrottle mailboxThrottle,
      DirectoryBudget budget,
      Faults faults,
      Latency latency,
      RequestCounters counters) {
    this.tokens = tokens;
    this.dir = dir;
    this.users = new UsersApi(dir, ctx);
    this.usersDelta = new UsersDelta(dir, ctx, faults);
    this.groups = new GroupsApi(dir, ctx);
    this.outlook = outlook;
    this.mailboxThrottle = mailboxThrottle;
    this.budget = budget;
    this.faults = faults;
    this.latency = latency;
    this.counters = counters;
    this.clock = ctx.clock();
  }

  /** Invalidates every users/delta token (as after the 7-day lifetime). */
  public void expireUserDeltaTokens() {
    usersDelta.epoch.incrementAndGet();
  }

  public void setUserDeltaTokenLifetime(java.time.Duration d) {
    usersDelta.tokenLifetime = d;
  }

  public java.time.Duration userDeltaTokenLifetime() {
    return usersDelta.tokenLifetime;
  }

  /** The latest error answers with their request-id and client-request-id. */
  public ErrorLog errors() {
    return errors;
  }

  /** Counts a request that did not run through {@link #execute} (the $batch envelope). */
  public void count(String endpoint, int status) {
    counters.count(endpoint, null, status);
  }

  /** Authenticates the Authorization header; null token means 401. */
  public AccessToken authenticate(ApiRequest req) {
    String h = req.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7) || h.substring(7).isBlank()) {
      throw unauthorized("Access token is empty.");
    }
    try {
      return tokens.verify(h.substring(7).trim());
    } catch (InvalidTokenException e) {
      throw unauthorized(e.getMessage());
    }
  }

  private static GraphException unauthorized(String message) {
    return new GraphException(401, "InvalidAuthenticationToken", message)
        .header(
            "WWW-Authenticate",
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
  }

  public ApiResponse execute(ApiRequest req) {
    ApiResponse r;
    Route route = null;
    try {
      if (req.token == null) {
        req.token = authenticate(req);
      }
      route = Route.of(req);
      r = run(req, route);
    } catch (GraphException e) {
      r = GraphErrors.response(e, req, clock);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Sandbox failure on " + req.method + " /" + String.join("/", req.segments),
          e);
      r =
          GraphErrors.response(
              new GraphException(500, "InternalServerError", "An internal server error occurred."),
              req,
              clock);
    }
    errors.record(req, r);
    counters.count(
        route == null ? req.method + " " + Route.template(req) : route.endpoint(),
        route == null ? null : route.mailboxKey(),
        r.drop ? 0 : r.status,
        req.subRequest,
        route != null && route.mailbox() && contactWrite(req));
    r.header("request-id", req.requestId);
    r.header("client-request-id", req.clientRequestId);
    r.header(
        "x-ms-ags-diagnostic",
        "{\"ServerInfo\":{\"DataCenter\":\"Sandbox\",\"Slice\":\"E\",\"Ring\":\"5\",\"ScaleUnit\":\"000\",\"RoleInstance\":\"SBX0001\"}}");
    r.header("Cache-Control", "no-cache");
    return r;
  }

  private static boolean contactWrite(ApiRequest req) {
    return !req.method.equals("GET")
        && req.segments.stream().anyMatch(s -> s.equalsIgnoreCase("contacts"));
  }

  private ApiResponse run(ApiRequest req, Route route) {
    if (!Roles.any(req.token, route.roles())) {
      throw route.mailbox()
          ? new GraphException(
              403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
          : new GraphException(
              403,
              "Authorization_RequestDenied",
              "Insufficient privileges to complete the operation.");
    }
    int fault = faults.draw(!req.subRequest);
    if (fault == -1) {
      return ApiResponse.dropped();
    }
    if (fault != 0) {
      throw injected(fault, route);
    }
    String app = req.token.appId();
    ThrottleDecision d;
    if (route.mailbox()) {
      String mailbox = mailboxKey(route.mailboxKey());
      d = mailboxThrottle.acquire(app, mailbox);
      if (!d.admitted()) {
        throw throttled(route, d.retryAfterSeconds(), d.reason());
      }
      if (!req.method.equals("GET") && !req.method.equals("DELETE")) {
        ThrottleDecision upload = mailboxThrottle.chargeUpload(app, mailbox, req.body.length);
        if (!upload.admitted()) {
          d.release().run();
          throw throttled(route, upload.retryAfterSeconds(), upload.reason());
        }
      }
    } else {
      d = budget.charge(app, route.cost());
      if (!d.admitted()) {
        throw throttled(route, d.retryAfterSeconds(), d.reason())
            .header(
                "x-ms-throttle-scope", "Tenant_Application/ReadWrite/" + app + "/" + dir.tenantId())
            .header("x-ms-throttle-information", d.reason());
      }
    }
    try {
      latency.pause();
      ApiResponse r = dispatch(req, route);
      if (!route.mailbox()) {
        r.header("x-ms-resource-unit", String.valueOf(route.cost()));
        double used = budget.used(app);
        if (used > 0.8) {
          r.header("x-ms-throttle-limit-percentage", String.format(Locale.ROOT, "%.1f", used));
        }
      }
      return r;
    } finally {
      d.release().run();
    }
  }

  private String mailboxKey(String segment) {
    if (segment.contains("@")) {
      DirectoryUser u = dir.read(() -> dir.user(segment));
      return u == null ? segment : u.id();
    }
    return segment;
  }

  private ApiResponse dispatch(ApiRequest req, Route route) {
    if (route.mailbox()) {
      return outlook.handle(req);
    }
    if (req.seg(0).equalsIgnoreCase("groups")) {
      return groups.handle(req);
    }
    if (!req.method.equals("GET")) {
      throw new GraphException(
          405,
          "Request_BadRequest",
          "Specified HTTP method is not allowed for the request target.");
    }
    String s1 = req.seg(1);
    if (s1 == null) {
      return users.list(req);
    }
    if (s1.equals("$count")) {
      return users.count(req);
    }
    if (Route.DELTA.contains(s1.toLowerCase())) {
      return usersDelta.handle(req);
    }
    if (req.segments.size() == 2) {
      return users.get(req, s1);
    }
    if (req.seg(2).equalsIgnoreCase("photo") && req.segments.size() <= 4) {
      boolean value = "$value".equals(req.seg(3));
      if (req.segments.size() == 4 && !value) {
        throw GraphException.noRoute();
      }
      return users.photo(req, s1, value);
    }
    throw GraphException.noRoute();
  }

  private static GraphException throttled(Route route, long retryAfter, String reason) {
    GraphException e =
        route.mailbox()
            ? new GraphException(
                429, "ApplicationThrottled", "Application is over its " + reason + " limit.")
            : new GraphException(429, "TooManyRequests", "Please retry again later.");
    return e.header("Retry-After", String.valueOf(retryAfter));
  }

  private static GraphException injected(int status, Route route) {
    return switch (status) {
      case 429 -> throttled(route, 1, "MailboxConcurrency");
      case 503 ->
          new GraphException(
                  503,
                  "serviceNotAvailable",
                  "The service is temporarily unavailable for maintenance or is overloaded. You may repeat the request after a delay.")
              .header("Retry-After", "2");
      default ->
          new GraphException(
              504,
              "GatewayTimeout",
              "The server, while acting as a proxy, did not receive a timely response from the upstream server.");
    };
  }

  /** See {@link Faults#dropEnvelope()}. */
  public boolean dropEnvelope() {
    return faults.dropEnvelope();
  }
}
