package org.cync.accounts;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON bodies {@code /api/accounts} takes: the documented fields only, each of its type; a
 * missing body, an unknown field or a wrong type is a 400 naming it. Pure.
 */
final class AccountRequest {
  static final Set<String> CREATE = Set.of("name", "role", "password");
  static final Set<String> CHANGE =
      Set.of("role", "disabled", "password", "unlock", "currentPassword");
  static final Set<String> CHANGE_OWN = Set.of("password", "currentPassword");
  static final Set<String> TOKEN = Set.of("name", "expires");

  private AccountRequest() {}

  /** The body, checked to hold only {@code allowed} fields. */
  static Map<String, Object> of(Map<String, Object> body, Set<String> allowed) {
    if (body == null) {
      throw AccountProblem.badRequest(
          "Send a JSON object with " + String.join(", ", new TreeSet<>(allowed)) + ".");
    }
    for (String field : new TreeSet<>(body.keySet())) {
      if (!allowed.contains(field)) {
        throw AccountProblem.badRequest(
            "Unknown field '"
                + AccountRules.shorten(field)
                + "'; this call takes "
                + String.join(", ", new TreeSet<>(allowed))
                + ".");
      }
    }
    return body;
  }

  /** A string field, or null when it is absent or null. */
  static String text(Map<String, Object> body, String field) {
    Object v = body.get(field);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw AccountProblem.badRequest("'" + field + "' must be a string.");
  }

  static String required(Map<String, Object> body, String field) {
    String v = text(body, field);
    if (v == null) {
      throw AccountProblem.badRequest("'" + field + "' is required.");
    }
    return v;
  }

  /** A boolean field, or null when it is absent or null. */
  static Boolean flag(Map<String, Object> body, String field) {
    Object v = body.get(field);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw AccountProblem.badRequest("'" + field + "' must be true or false.");
  }

  static Role role(Map<String, Object> body) {
    String text = text(body, "role");
    if (text == null) {
      return null;
    }
    Role role = Role.parse(text);
    if (role == null) {
      throw AccountProblem.badRequest(
          "'role' must be ADMINISTRATOR or VIEWER, not '" + AccountRules.shorten(text) + "'.");
    }
    return role;
  }
}
