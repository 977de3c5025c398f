package org.cync.sandbox.graph;

import java.util.Set;
import org.cync.sandbox.mailbox.OutlookApi;

/**
 * What a request is, before it runs: directory or mailbox workload, a templated endpoint name for
 * counters, the mailbox it targets, the roles that open it, and its resource-unit cost.
 */
record Route(boolean mailbox, String endpoint, String mailboxKey, Set<String> roles, int cost) {
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("(?i)[a-z.$()]+");
  static final Set<String> DELTA =
      Set.of("delta", "delta()", "microsoft.graph.delta", "microsoft.graph.delta()");

  static Route of(ApiRequest req) {
    String s0 = req.seg(0);
    if (s0 == null) {
      throw GraphException.noRoute();
    }
    String endpoint = req.method + " " + template(req);
    if (s0.equalsIgnoreCase("users")) {
      String s1 = req.seg(1);
      if (s1 == null || s1.equals("$count")) {
        return directory(endpoint, Roles.USER_READ, 2, req);
      }
      if (DELTA.contains(s1.toLowerCase())) {
        return directory(endpoint, Roles.USER_READ, 2, req);
      }
      String s2 = req.seg(2);
      if (s2 == null) {
        return directory(endpoint, Roles.USER_READ, 1, req);
      }
      if (s2.equalsIgnoreCase("photo")) {
        return directory(endpoint, Roles.PHOTO_READ, 1, req);
      }
      if (OutlookApi.handles(s2)) {
        Set<String> roles =
            s2.equalsIgnoreCase("mailboxSettings")
                ? Roles.MAILBOX_SETTINGS
                : OutlookApi.writes(req) ? Roles.CONTACTS_WRITE : Roles.CONTACTS_READ;
        return new Route(true, endpoint, s1.toLowerCase(), roles, 1);
      }
      throw new GraphException(
          400, "BadRequest", "Resource not found for the segment '" + s2 + "'.");
    }
    if (s0.equalsIgnoreCase("groups")) {
      String nav = req.seg(2);
      int cost = nav == null ? 1 : nav.equalsIgnoreCase("transitiveMembers") ? 5 : 3;
      return directory(endpoint, Roles.GROUP_READ, cost, req);
    }
    throw new GraphException(400, "BadRequest", "Resource not found for the segment '" + s0 + "'.");
  }

  private static Route directory(String endpoint, Set<String> roles, int cost, ApiRequest req) {
    int c = cost;
    if (req.query.containsKey("$select")) {
      c--;
    }
    if (req.query.containsKey("$expand")) {
      c++;
    }
    String top = req.query.get("$top");
    if (top != null && top.matches("\\d+") && Integer.parseInt(top) < 20) {
      c--;
    }
    return new Route(false, endpoint, null, roles, Math.max(1, c));
  }

  /** The path with IDs replaced by {id}, for counters. */
  static String template(ApiRequest req) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < req.segments.size(); i++) {
      String s = req.segments.get(i);
      boolean id = i > 0 && !WORD.matcher(s).matches();
      b.append('/').append(id ? "{id}" : s);
    }
    return b.toString();
  }
}
