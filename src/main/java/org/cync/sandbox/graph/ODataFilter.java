package org.cync.sandbox.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OData {@code $filter} subset CYNC needs, evaluated against an entity's JSON: eq/ne/gt/ge/
 * lt/le, in, and/or/not, startswith/endswith/contains, lambdas ({@code any}/{@code all}) and {@code
 * $count} on collections. It also records which constructs Entra treats as "advanced queries" so
 * the caller can answer {@code Request_UnsupportedQuery}.
 */
public final class ODataFilter {
  /** Advanced-query constructs found: ne, not, endswith, $count, null. */
  public final Set<String> advanced = new TreeSet<>();

  private final Node root;
  private final List<String> tokens;
  private int pos;

  private interface Node {
    JsonElement eval(Map<String, JsonElement> vars, JsonObject entity);
  }

  private ODataFilter(String text) {
    this.tokens = tokenize(text);
    this.root = or();
    if (pos != tokens.size()) {
      throw syntax("unexpected '" + tokens.get(pos) + "'");
    }
  }

  /** Parses a filter; throws GraphException 400 BadRequest on syntax errors. */
  public static ODataFilter parse(String text) {
    return new ODataFilter(text);
  }

  public boolean test(JsonObject entity) {
    return truthy(root.eval(new HashMap<>(), entity));
  }

  private static GraphException syntax(String what) {
    return GraphException.badRequest("BadRequest", "Invalid filter clause: " + what);
  }

  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        StringBuilder b = new StringBuilder("'");
        i++;
        while (true) {
          if (i >= s.length()) {
            throw syntax("unterminated string literal");
          }
          char d = s.charAt(i++);
          if (d == '\'') {
            if (i < s.length() && s.charAt(i) == '\'') {
              b.append('\'');
              i++;
            } else {
              break;
            }
          } else {
            b.append(d);
          }
        }
        out.add(b.toString());
      } else if ("(),:".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else {
        int j = i;
        while (j < s.length()
            && !Character.isWhitespace(s.charAt(j))
            && "(),:'".indexOf(s.charAt(j)) < 0) {
          j++;
        }
        if (j == i) {
          throw syntax("unexpected '" + c + "'");
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos) : null;
  }

  private boolean accept(String t) {
    if (t.equalsIgnoreCase(String.valueOf(peek()))) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String t) {
    if (!accept(t)) {
      throw syntax("expected '" + t + "' at " + (peek() == null ? "end" : "'" + peek() + "'"));
    }
  }

  private Node or() {
    Node left = and();
    while (accept("or")) {
      Node l = left;
      Node r = and();
      left = (v, e) -> new JsonPrimitive(truthy(l.eval(v, e)) || truthy(r.eval(v, e)));
    }
    return left;
  }

  private Node and() {
    Node left = unary();
    while (accept("and")) {
      Node l = left;
      Node r = unary();
      left = (v, e) -> new JsonPrimitive(truthy(l.eval(v, e)) && truthy(r.eval(v, e)));
    }
    return left;
  }

  private Node unary() {
    if (accept("not")) {
      advanced.add("not");
      Node inner = unary();
      return (v, e) -> new JsonPrimitive(!truthy(inner.eval(v, e)));
    }
    Node left = operand();
    String op = peek() == null ? "" : peek().toLowerCase(Locale.ROOT);
    switch (op) {
      case "eq", "ne", "gt", "ge", "lt", "le" -> {
        pos++;
        Node right = operand();
        if (op.equals("ne")) {
          advanced.add("ne");
        }
        return (v, e) -> new JsonPrimitive(compare(op, left.eval(v, e), right.eval(v, e)));
      }
      case "in" -> {
        pos++;
        expect("(");
        List<Node> items = new ArrayList<>();
        do {
          items.add(operand());
        } while (accept(","));
        expect(")");
        return (v, e) -> {
          JsonElement l = left.eval(v, e);
          return new JsonPrimitive(items.stream().anyMatch(i -> compare("eq", l, i.eval(v, e))));
        };
      }
      default -> {
        return left;
      }
    }
  }

  private Node operand() {
    String t = peek();
    if (t == null) {
      throw syntax("unexpected end");
    }
    pos++;
    if (t.equals("(")) {
      Node inner = or();
      expect(")");
      return inner;
    }
    if (t.startsWith("'")) {
      JsonPrimitive p = new JsonPrimitive(t.substring(1));
      return (v, e) -> p;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "true", "false" -> {
        JsonPrimitive p = new JsonPrimitive(Boolean.parseBoolean(lower));
        return (v, e) -> p;
      }
      case "null" -> {
        advanced.add("null");
        return (v, e) -> JsonNull.INSTANCE;
      }
      default -> {}
    }
    if ("(".equals(peek()) && Set.of("startswith", "endswith", "contains").contains(lower)) {
      pos++;
      Node a = operand();
      expect(",");
      Node b = operand();
      expect(")");
      if (lower.equals("endswith")) {
        advanced.add("endswith");
      }
      return (v, e) -> new JsonPrimitive(stringOp(lower, a.eval(v, e), b.eval(v, e)));
    }
    if ("(".equals(peek()) && (lower.endsWith("/any") || lower.endsWith("/all"))) {
      pos++;
      String path = t.substring(0, t.length() - 4);
      boolean all = lower.endsWith("/all");
      String var = peek();
      pos++;
      expect(":");
      Node body = or();
      expect(")");
      return (v, e) -> {
        JsonElement coll = resolve(path, v, e);
        if (coll == null || !coll.isJsonArray()) {
          return new JsonPrimitive(false);
        }
        for (JsonElement item : coll.getAsJsonArray()) {
          Map<String, JsonElement> scope = new HashMap<>(v);
          scope.put(var, item);
          boolean ok = truthy(body.eval(scope, e));
          if (ok != all) {
            return new JsonPrimitive(!all);
          }
        }
        return new JsonPrimitive(all);
      };
    }
    if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-') {
      if (t.matches(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
        JsonPrimitive p = new JsonPrimitive(t.toLowerCase(Locale.ROOT));
        return (v, e) -> p;
      }
      try {
        JsonPrimitive p = new JsonPrimitive(Double.parseDouble(t));
        return (v, e) -> p;
      } catch (NumberFormatException ex) {
        throw syntax("bad literal '" + t + "'");
      }
    }
    if (lower.endsWith("/$count")) {
      advanced.add("$count");
      String path = t.substring(0, t.length() - 7);
      return (v, e) -> {
        JsonElement c = resolve(path, v, e);
        return new JsonPrimitive(c != null && c.isJsonArray() ? c.getAsJsonArray().size() : 0);
      };
    }
    return (v, e) -> {
      JsonElement r = resolve(t, v, e);
      return r == null ? JsonNull.INSTANCE : r;
    };
  }

  private static JsonElement resolve(
      String path, Map<String, JsonElement> vars, JsonObject entity) {
    String[] parts = path.split("/");
    JsonElement cur = entity;
    int i = 0;
    if (vars.containsKey(parts[0])) {
      cur = vars.get(parts[0]);
      i = 1;
    }
    for (; i < parts.length; i++) {
      if (cur == null || !cur.isJsonObject()) {
        return null;
      }
      cur = member(cur.getAsJsonObject(), parts[i]);
    }
    return cur;
  }

  private static JsonElement member(JsonObject o, String name) {
    JsonElement e = o.get(name);
    if (e != null) {
      return e;
    }
    for (Map.Entry<String, JsonElement> m : o.entrySet()) {
      if (m.getKey().equalsIgnoreCase(name)) {
        return m.getValue();
      }
    }
    return null;
  }

  private static boolean truthy(JsonElement e) {
    return e != null
        && e.isJsonPrimitive()
        && e.getAsJsonPrimitive().isBoolean()
        && e.getAsBoolean();
  }

  private static boolean stringOp(String op, JsonElement a, JsonElement b) {
    if (a == null || !a.isJsonPrimitive() || b == null || !b.isJsonPrimitive()) {
      return false;
    }
    String x = a.getAsString().toLowerCase(Locale.ROOT);
    String y = b.getAsString().toLowerCase(Locale.ROOT);
    return switch (op) {
      case "startswith" -> x.startsWith(y);
      case "endswith" -> x.endsWith(y);
      default -> x.contains(y);
    };
  }

  private static boolean compare(String op, JsonElement a, JsonElement b) {
    boolean aNull = a == null || a.isJsonNull();
    boolean bNull = b == null || b.isJsonNull();
    if (aNull || bNull) {
      boolean same = aNull && bNull;
      return op.equals("eq") ? same : op.equals("ne") && !same;
    }
    if (!a.isJsonPrimitive() || !b.isJsonPrimitive()) {
      return false;
    }
    int c;
    JsonPrimitive x = a.getAsJsonPrimitive();
    JsonPrimitive y = b.getAsJsonPrimitive();
    if (x.isNumber() && y.isNumber()) {
      c = Double.compare(x.getAsDouble(), y.getAsDouble());
    } else if (x.isBoolean() || y.isBoolean()) {
      c = x.getAsString().equalsIgnoreCase(y.getAsString()) ? 0 : 1;
    } else {
      c = compareStrings(x.getAsString(), y.getAsString());
    }
    return switch (op) {
      case "eq" -> c == 0;
      case "ne" -> c != 0;
      case "gt" -> c > 0;
      case "ge" -> c >= 0;
      case "lt" -> c < 0;
      default -> c <= 0;
    };
  }

  /**
   * Case-insensitive comparison; an open-extension ID also matches its short form (the
   * extensionName), as Graph accepts both.
   */
  private static int compareStrings(String x, String y) {
    String prefix = "microsoft.outlookservices.opentypeextension.";
    String a = x.toLowerCase(Locale.ROOT);
    String b = y.toLowerCase(Locale.ROOT);
    if (a.startsWith(prefix) && !b.startsWith(prefix)) {
      a = a.substring(prefix.length());
    }
    return a.compareTo(b);
  }
}
