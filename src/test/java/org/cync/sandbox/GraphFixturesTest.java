package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cync.sandbox.GraphReference.Source;
import org.junit.jupiter.api.Test;

/**
 * The project's own Graph fixtures (src/test/resources/graph-fixtures): each names its source, the
 * README lists each, and, when Microsoft's originals are beside the clone, each fixture is a
 * faithful extract of its original (every key and value in the fixture is in the original).
 */
class GraphFixturesTest {
  static List<String> fixtureFiles() throws IOException, URISyntaxException {
    Path root = Path.of(GraphReference.class.getResource(GraphReference.FIXTURES_DIR).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyFixtureNamesItsSourceAndIsListedInTheReadme() throws Exception {
    List<String> files = fixtureFiles();
    assertTrue(files.size() >= 20, files.toString());
    String readme;
    try (var in =
        GraphReference.class.getResourceAsStream(GraphReference.FIXTURES_DIR + "README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String f : files) {
      JsonObject fixture = GraphReference.fixture(f);
      JsonObject source = fixture.getAsJsonObject("_source");
      assertTrue(source != null && source.has("file") && source.has("commit"), f);
      assertTrue(source.get("commit").getAsString().matches("[0-9a-f]{40}"), f);
      assertTrue(fixture.has(f.startsWith("examples/") ? "body" : "schemas"), f);
      if (f.startsWith("examples/")) {
        assertTrue(source.get("page").getAsString().startsWith("https://learn.microsoft.com/"), f);
      }
      assertTrue(readme.contains("`" + f + "`"), f + " not listed in README.md");
    }
  }

  /**
   * Runs where Microsoft's originals are beside the clone; a clone alone has nothing to compare.
   */
  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest>
      fixturesAreExtractsOfMicrosoftsOriginals() {
    return Source.originalsPresent()
        ? java.util.stream.Stream.of(
            org.junit.jupiter.api.DynamicTest.dynamicTest(
                "fixtures are extracts of " + Source.ORIGINALS_DIR, this::compareWithOriginals))
        : java.util.stream.Stream.empty();
  }

  private void compareWithOriginals() throws Exception {
    Gson gson = new Gson();
    List<String> problems = new ArrayList<>();
    for (String f : fixtureFiles()) {
      JsonObject fixture = GraphReference.fixture(f);
      if (f.startsWith("examples/")) {
        String name = f.substring("examples/".length());
        subset(f, fixture.get("body"), Source.ORIGINALS.example(name), problems);
      } else {
        JsonObject schemas = fixture.getAsJsonObject("schemas");
        String original =
            f.equals("schemas/user.json")
                ? "Users.Functions.user-schema.excerpt.yml"
                : "PersonalContacts.yml";
        Map<String, Object> yaml = GraphReference.originalYaml(original);
        subset(f, schemas, gson.toJsonTree(yaml), problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theExtractCheckCatchesChangedValues() {
    List<String> problems = new ArrayList<>();
    Gson gson = new Gson();
    subset(
        "x",
        gson.toJsonTree(Map.of("a", List.of(Map.of("b", "2")))),
        gson.toJsonTree(Map.of("a", List.of(Map.of("b", "1", "c", "3")))),
        problems);
    assertFalse(problems.isEmpty());
  }

  /** Every key and value of part is in whole; each array element of part matches one of whole. */
  static void subset(String at, JsonElement part, JsonElement whole, List<String> problems) {
    if (part.isJsonObject() && whole != null && whole.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : part.getAsJsonObject().entrySet()) {
        subset(
            at + "." + e.getKey(), e.getValue(), whole.getAsJsonObject().get(e.getKey()), problems);
      }
    } else if (part.isJsonArray() && whole != null && whole.isJsonArray()) {
      for (JsonElement p : part.getAsJsonArray()) {
        boolean found = false;
        for (JsonElement w : whole.getAsJsonArray()) {
          List<String> none = new ArrayList<>();
          subset(at, p, w, none);
          found |= none.isEmpty();
        }
        if (!found) {
          problems.add(at + ": " + p + " not in the original");
        }
      }
    } else if (!part.equals(whole)) {
      problems.add(at + ": " + part + " differs from the original " + whole);
    }
  }
}
