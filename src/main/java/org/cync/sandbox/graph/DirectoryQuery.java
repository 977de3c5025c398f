package org.cync.sandbox.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cync.sandbox.tenant.UserSchema;

/**
 * The query options of a directory collection (/users, /groups, members): $top 1–999, $select,
 * $filter, $orderby, $search, $count, with Entra's rule that advanced constructs need {@code
 * ConsistencyLevel: eventual} plus {@code $count=true} or give Request_UnsupportedQuery; {@code
 * $count=true} alone is ignored and {@code $search} needs the header only
 * (https://learn.microsoft.com/en-us/graph/aad-advanced-queries).
 */
final class DirectoryQuery {
  final int top;
  final List<String> select;
  final ODataFilter filter;
  final String orderBy;
  final boolean descending;
  final String search;
  final boolean count;

  /** The message https://learn.microsoft.com/en-us/graph/aad-advanced-queries documents. */
  static final String SEARCH_NEEDS_EVENTUAL =
      "Request with $search query parameter only works through MSGraph with a special request"
          + " header: 'ConsistencyLevel: eventual'";

  /**
   * {@code $count} as a URL segment (/users/$count, /groups/{id}/members/$count) needs
   * ConsistencyLevel: eventual, else 400 Request_BadRequest "$count is not currently supported.";
   * with it the answer is the bare number as text/plain (user-list example 3,
   * group-list-transitivemembers example 2):
   * https://learn.microsoft.com/en-us/graph/aad-advanced-queries
   */
  static ApiResponse countSegment(ApiRequest req, java.util.function.LongSupplier count) {
    if (!req.eventual()) {
      throw GraphException.badRequest("Request_BadRequest", "$count is not currently supported.");
    }
    return ApiResponse.binary(
        200,
        "text/plain",
        String.valueOf(count.getAsLong()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  DirectoryQuery(ApiRequest req, List<String> defaults, boolean usersSchema, boolean collection) {
    String t = req.query.get("$top");
    if (t != null) {
      int v;
      try {
        v = Integer.parseInt(t.trim());
      } catch (NumberFormatException e) {
        v = -1;
      }
      if (v < 1 || v > 999) {
        throw GraphException.badRequest(
            "Request_BadRequest",
            "Invalid page size specified: '" + t + "'. Must be between 1 and 999 inclusive.");
      }
      top = v;
    } else {
      top = 100;
    }
    if (req.query.containsKey("$skip")) {
      throw GraphException.badRequest(
          "Request_BadRequest",
          "The query specified in the URI is not valid. Query option 'Skip' is not allowed. To allow it,"
              + " set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.");
    }
    select = select(req.query.get("$select"), defaults, usersSchema, collection);
    boolean advancedOk = req.eventual() && req.countRequested();
    String f = req.query.get("$filter");
    filter = f == null ? null : ODataFilter.parse(f);
    String ob = req.query.get("$orderby");
    if (ob != null) {
      String[] p = ob.trim().split("\\s+");
      orderBy = p[0];
      descending = p.length > 1 && p[1].equalsIgnoreCase("desc");
      if (!orderBy.equalsIgnoreCase("displayName")
          && !orderBy.equalsIgnoreCase("userPrincipalName")) {
        throw GraphException.badRequest(
            "Request_UnsupportedQuery", "Sorting not supported for '" + orderBy + "'.");
      }
    } else {
      orderBy = null;
      descending = false;
    }
    search = req.query.get("$search");
    // Without ConsistencyLevel: eventual, $count=true is silently ignored (200, no @odata.count)
    // and $search is refused with Request_UnsupportedQuery: "Error handling for advanced queries"
    // in https://learn.microsoft.com/en-us/graph/aad-advanced-queries
    count = req.countRequested() && req.eventual();
    if (search != null && !req.eventual()) {
      throw GraphException.unsupportedQuery(SEARCH_NEEDS_EVENTUAL);
    }
    if (filter != null && !advancedOk) {
      if (filter.advanced.contains("ne")) {
        throw GraphException.unsupportedQuery(
            "Unsupported property filter clause operator 'NotEqualsMatch'.");
      }
      if (filter.advanced.contains("not")) {
        throw GraphException.unsupportedQuery("Unsupported property filter clause operator 'Not'.");
      }
      if (!filter.advanced.isEmpty()) {
        throw GraphException.unsupportedQuery("Unsupported Query.");
      }
      if (orderBy != null) {
        throw GraphException.unsupportedQuery("Sorting not supported for current query.");
      }
    }
  }

  private static List<String> select(
      String text, List<String> defaults, boolean users, boolean collection) {
    if (text == null || text.isBlank()) {
      return defaults;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : text.split(",")) {
      String name = s.trim();
      String c = users ? UserSchema.canonical(name) : name;
      if (c == null) {
        throw GraphException.badRequest(
            "Request_BadRequest",
            "Could not find a property named '"
                + name
                + "' on type 'Microsoft.DirectoryServices.User'.");
      }
      if (collection && users && UserSchema.SINGLE_ONLY.contains(c)) {
        throw new GraphException(
            501, "NotImplemented", "This operation target is not yet supported.");
      }
      out.add(c);
    }
    out.add("id");
    return new ArrayList<>(out);
  }

  /** The $metadata fragment for the collection, e.g. users(id,displayName). */
  String context(String entitySet, boolean explicitSelect) {
    return explicitSelect ? entitySet + "(" + String.join(",", select) + ")" : entitySet;
  }

  /**
   * Matches a simple $search like "displayName:wa" OR "mail:ad": Entra tokenizes displayName (and
   * description), so each word of the term must start some word of the value, in any order ("CYNC
   * Tar" finds "CYNC Targets"); other properties (mail, userPrincipalName) match by their start, as
   * the page's "advanced query capabilities" describe $search.
   */
  boolean searchMatches(com.google.gson.JsonObject o) {
    if (search == null) {
      return true;
    }
    for (String term : search.split("(?i)\"\\s+OR\\s+\"")) {
      String t = term.trim();
      t = t.startsWith("\"") ? t.substring(1) : t;
      t = t.endsWith("\"") ? t.substring(0, t.length() - 1) : t;
      int colon = t.indexOf(':');
      if (colon < 0) {
        continue;
      }
      var v = o.get(t.substring(0, colon));
      if (v == null || v.isJsonNull()) {
        continue;
      }
      List<String> words = List.of(v.getAsString().toLowerCase().split("[\\s.@_-]+"));
      String needle = t.substring(colon + 1).toLowerCase().strip();
      if (!needle.isEmpty() && v.getAsString().toLowerCase().startsWith(needle)) {
        return true;
      }
      boolean all = !needle.isEmpty();
      for (String n : needle.split("\\s+")) {
        all &= words.stream().anyMatch(w -> w.startsWith(n));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
