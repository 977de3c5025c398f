package org.cync.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Facts from Microsoft's OpenAPI component schemas and documented example bodies, read from one of
 * two {@link Source}s: the project's own condensed fixtures ({@code
 * src/test/resources/graph-fixtures}, always present; README.md there names the source of each
 * file) or Microsoft's originals beside the clone ({@code ../shared/graph-reference}, optional).
 * Plus a small OpenAPI 3.0 schema checker that is stricter than the schemas (it also reports
 * properties they do not declare).
 */
final class GraphReference {
  /** Where the reference facts come from; tests run over both. */
  enum Source {
    /** The project's fixtures on the test classpath: always available. */
    FIXTURES,
    /** Microsoft's originals in ../shared/graph-reference: only when that folder exists. */
    ORIGINALS;

    /** The one place under src/ that looks beside the clone; nothing requires it to exist. */
    static final Path ORIGINALS_DIR =
        Path.of(System.getProperty("user.dir")).resolve("../shared/graph-reference").normalize();

    /**
     * The sources present here: the fixtures always, the originals only beside a full checkout, so
     * a clone alone runs (and skips) nothing it cannot.
     */
    static java.util.stream.Stream<Source> available() {
      return originalsPresent()
          ? java.util.stream.Stream.of(FIXTURES, ORIGINALS)
          : java.util.stream.Stream.of(FIXTURES);
    }

    static boolean originalsPresent() {
      return Files.isDirectory(ORIGINALS_DIR.resolve("openapi"))
          && Files.isDirectory(ORIGINALS_DIR.resolve("examples"));
    }

    /**
     * Aborts (reported as skipped, with the reason) the ORIGINALS variant when the folder is
     * absent; the FIXTURES variant always runs.
     */
    void assumeAvailable() {
      if (this == ORIGINALS) {
        Assumptions.assumeTrue(
            originalsPresent(),
            "not applicable: Microsoft's originals not found at "
                + ORIGINALS_DIR
                + " (the fixtures variant of this test ran)");
      }
    }

    /** A documented example body by its file name in graph-reference/examples. */
    JsonElement example(String name) {
      assumeAvailable();
      if (this == ORIGINALS) {
        try {
          return JsonParser.parseString(
              Files.readString(ORIGINALS_DIR.resolve("examples").resolve(name)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return fixture("examples/" + name).get("body");
    }

    /** The component schemas of the contacts module and the user schema. */
    GraphReference schemas() {
      assumeAvailable();
      return this == ORIGINALS
          ? GraphReference.fromYaml(
              "PersonalContacts.yml", "Users.Functions.user-schema.excerpt.yml")
          : GraphReference.fromFixtures("personal-contacts.json", "user.json");
    }
  }

  static final String FIXTURES_DIR = "/graph-fixtures/";
  private final Map<String, Object> schemas = new HashMap<>();

  private GraphReference() {}

  /** A fixture file ({@code _source} plus {@code body} or {@code schemas}) from the classpath. */
  static JsonObject fixture(String name) {
    try (InputStream in = GraphReference.class.getResourceAsStream(FIXTURES_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("fixture missing: " + FIXTURES_DIR + name);
      }
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static GraphReference fromFixtures(String... files) {
    GraphReference ref = new GraphReference();
    for (String f : files) {
      JsonObject schemas = fixture("schemas/" + f).getAsJsonObject("schemas");
      ref.schemas.putAll(new Gson().fromJson(schemas, Map.class));
    }
    return ref;
  }

  @SuppressWarnings("unchecked")
  private static GraphReference fromYaml(String... openApiFiles) {
    GraphReference ref = new GraphReference();
    for (String f : openApiFiles) {
      ref.schemas.putAll(originalYaml(f));
    }
    return ref;
  }

  /** The component schemas of one original OpenAPI file (or of a schema excerpt). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> originalYaml(String file) {
    LoaderOptions opts = new LoaderOptions();
    opts.setCodePointLimit(50 * 1024 * 1024);
    Map<String, Object> out = new HashMap<>();
    try (Reader r =
        Files.newBufferedReader(
            Source.ORIGINALS_DIR.resolve("openapi").resolve(file), StandardCharsets.UTF_8)) {
      Map<String, Object> doc = new Yaml(opts).load(r);
      Object comps = doc.get("components");
      if (comps instanceof Map<?, ?> c && c.get("schemas") instanceof Map<?, ?> s) {
        out.putAll((Map<String, Object>) s);
      } else {
        doc.forEach(
            (k, v) -> {
              if (k.startsWith("microsoft.graph.")) {
                out.put(k, v);
              }
            });
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  boolean has(String schema) {
    return schemas.containsKey(schema);
  }

  /** Problems of value against the named component schema; empty = valid. */
  List<String> validate(String schema, JsonElement value, Set<String> tolerated) {
    List<String> errors = new ArrayList<>();
    check(Map.of("$ref", "#/components/schemas/" + schema), value, "$", errors, tolerated);
    return errors;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> s) {
    Object ref = s.get("$ref");
    if (ref == null) {
      return s;
    }
    String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
    Object target = schemas.get(name);
    return target == null ? null : resolve((Map<String, Object>) target);
  }

  @SuppressWarnings("unchecked")
  private void properties(Map<String, Object> s, Map<String, Map<String, Object>> out) {
    s = resolve(s);
    if (s == null) {
      return;
    }
    if (s.get("properties") instanceof Map<?, ?> p) {
      ((Map<String, Map<String, Object>>) p).forEach(out::putIfAbsent);
    }
    if (s.get("allOf") instanceof List<?> all) {
      for (Object o : all) {
        properties((Map<String, Object>) o, out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void check(
      Map<String, Object> raw,
      JsonElement v,
      String path,
      List<String> errors,
      Set<String> tolerated) {
    Map<String, Object> s = resolve(raw);
    if (s == null) {
      return;
    }
    if (s.get("anyOf") instanceof List<?> any || s.get("oneOf") instanceof List<?>) {
      List<Object> options =
          (List<Object>) (s.get("anyOf") != null ? s.get("anyOf") : s.get("oneOf"));
      for (Object o : options) {
        List<String> e = new ArrayList<>();
        check((Map<String, Object>) o, v, path, e, tolerated);
        if (e.isEmpty()) {
          return;
        }
      }
      errors.add(path + ": matches none of anyOf/oneOf");
      return;
    }
    if (v == null || v.isJsonNull()) {
      if (Boolean.FALSE.equals(s.get("nullable"))
          || (s.containsKey("type")
              && !Boolean.TRUE.equals(s.get("nullable"))
              && !"object".equals(s.get("type")))) {
        errors.add(path + ": null not allowed");
      }
      return;
    }
    Map<String, Map<String, Object>> props = new HashMap<>();
    properties(s, props);
    String type = (String) s.get("type");
    if (type == null && !props.isEmpty()) {
      type = "object";
    }
    if (type == null) {
      return;
    }
    switch (type) {
      case "string" -> {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
          errors.add(path + ": expected string, got " + v);
          return;
        }
        String text = v.getAsString();
        if (s.get("pattern") instanceof String p && !text.matches(p)) {
          errors.add(path + ": '" + text + "' does not match " + p);
        }
        if ("date-time".equals(s.get("format"))) {
          try {
            OffsetDateTime.parse(text);
          } catch (DateTimeParseException e) {
            errors.add(path + ": not a date-time: " + text);
          }
        }
      }
      case "integer", "number" -> {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
          errors.add(path + ": expected number, got " + v);
        }
      }
      case "boolean" -> {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
          errors.add(path + ": expected boolean, got " + v);
        }
      }
      case "array" -> {
        if (!v.isJsonArray()) {
          errors.add(path + ": expected array, got " + v);
          return;
        }
        int i = 0;
        for (JsonElement item : v.getAsJsonArray()) {
          check(
              (Map<String, Object>) s.get("items"),
              item,
              path + "[" + i++ + "]",
              errors,
              tolerated);
        }
      }
      default -> {
        if (!v.isJsonObject()) {
          errors.add(path + ": expected object, got " + v);
          return;
        }
        boolean open =
            hasAdditional(s) || (props.isEmpty() && s.containsKey("additionalProperties"));
        for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
          String k = e.getKey();
          Map<String, Object> ps = props.get(k);
          if (ps != null) {
            check(ps, e.getValue(), path + "." + k, errors, tolerated);
          } else if (!k.startsWith("@")
              && !k.contains("@odata.")
              && !tolerated.contains(k)
              && !open) {
            errors.add(path + "." + k + ": not declared by the schema");
          }
        }
      }
    }
  }

  /** Extensions are open types: their schema allows any extra property. */
  @SuppressWarnings("unchecked")
  private boolean hasAdditional(Map<String, Object> s) {
    Object title = s.get("title");
    if ("extension".equals(title)) {
      return true;
    }
    if (s.get("allOf") instanceof List<?> all) {
      for (Object o : all) {
        Map<String, Object> r = resolve((Map<String, Object>) o);
        if (r != null && "extension".equals(r.get("title"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Paths of the documented example missing from ours, or of a different JSON kind (object, array,
   * string, number, boolean), at any depth: objects by key, arrays by their first elements. Keys in
   * ignore are skipped wherever they occur; nulls on either side match anything.
   */
  static Set<String> shapeDifferences(
      JsonElement documented, JsonElement ours, Set<String> ignore) {
    Set<String> out = new LinkedHashSet<>();
    compare("$", documented, ours, ignore, out);
    return out;
  }

  private static void compare(
      String path, JsonElement documented, JsonElement ours, Set<String> ignore, Set<String> out) {
    if (documented.isJsonNull() || ours.isJsonNull()) {
      return;
    }
    if (kind(documented) != kind(ours)) {
      out.add(path + " is " + name(kind(ours)) + ", documented " + name(kind(documented)));
      return;
    }
    if (documented.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : documented.getAsJsonObject().entrySet()) {
        if (ignore.contains(e.getKey())) {
          continue;
        }
        JsonElement mine = ours.getAsJsonObject().get(e.getKey());
        String at = path.equals("$") ? e.getKey() : path + "." + e.getKey();
        if (mine == null) {
          out.add(at + " missing");
        } else {
          compare(at, e.getValue(), mine, ignore, out);
        }
      }
    } else if (documented.isJsonArray()
        && !documented.getAsJsonArray().isEmpty()
        && !ours.getAsJsonArray().isEmpty()) {
      compare(
          path + "[0]",
          documented.getAsJsonArray().get(0),
          ours.getAsJsonArray().get(0),
          ignore,
          out);
    }
  }

  private static String name(int kind) {
    return List.of("object", "array", "string", "number", "boolean").get(kind - 1);
  }

  private static int kind(JsonElement e) {
    if (e.isJsonObject()) {
      return 1;
    }
    if (e.isJsonArray()) {
      return 2;
    }
    if (e.getAsJsonPrimitive().isString()) {
      return 3;
    }
    return e.getAsJsonPrimitive().isNumber() ? 4 : 5;
  }
}
