package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AboutViewTest {

  /** A servlet context that holds only the given resources. */
  private static ServletContext holding(Map<String, String> resources) {
    return (ServletContext)
        java.lang.reflect.Proxy.newProxyInstance(
            ServletContext.class.getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getResourceAsStream")) {
                String text = resources.get((String) args[0]);
                return text == null
                    ? null
                    : new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void theVersionComesFromTheWarsMavenDescriptor() {
    assertEquals(
        "0.1.0-SNAPSHOT",
        AboutView.cyncVersion(
            holding(
                Map.of(
                    AboutView.POM_PROPERTIES,
                    "artifactId=cync\ngroupId=org.cync\nversion=0.1.0-SNAPSHOT\n"))));
  }

  @Test
  void withoutTheDescriptorTheVersionIsSaidToBeUnknown() {
    assertEquals("unknown (not built by Maven)", AboutView.cyncVersion(holding(Map.of())));
  }
}
