package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example comparer itself: it must see nested differences and kind mismatches. */
class ShapeDifferencesTest {
  static Set<String> diff(String documented, String ours, String... ignore) {
    return GraphReference.shapeDifferences(
        JsonParser.parseString(documented), JsonParser.parseString(ours), Set.of(ignore));
  }

  @Test
  void nestedObjectAndArrayDifferencesAreReported() {
    assertEquals(
        Set.of("error.innerError missing"),
        diff("{\"error\":{\"code\":\"x\",\"innerError\":{}}}", "{\"error\":{\"code\":\"y\"}}"));
    assertEquals(
        Set.of("value[0].mail missing", "value[0].id is number, documented string"),
        diff("{\"value\":[{\"id\":\"a\",\"mail\":\"m\"}]}", "{\"value\":[{\"id\":1}]}"));
  }

  @Test
  void kindMismatchesAtTheTopAndIgnoredKeysAnywhere() {
    assertEquals(Set.of("$ is array, documented object"), diff("{\"a\":1}", "[1]"));
    assertEquals(Set.of(), diff("{\"a\":{\"b\":1,\"c\":null}}", "{\"a\":{\"c\":\"x\"}}", "b"));
  }
}
