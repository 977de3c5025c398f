package org.cync.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The route enumeration the security test relies on finds what we know is there. */
class RoutesTest {
  @Test
  void findsResourceMethodsWithTheirHttpMethodAndFullPath() {
    List<String> routes = Routes.api().stream().map(Routes.Route::toString).toList();
    assertTrue(routes.contains("GET /api/runs"), routes::toString);
    assertTrue(routes.contains("POST /api/runs/{id}/approve"), routes::toString);
    assertTrue(routes.contains("PUT /api/connection"), routes::toString);
  }

  @Test
  void fillsParametersIncludingThoseWithARegularExpression() {
    Routes.Route r = new Routes.Route("GET", "/api/runs/{id}/x/{name: [a-z]+}");
    assertTrue(r.path(n -> n.equals("id") ? "7" : "bob").equals("/api/runs/7/x/bob"));
  }

  @Test
  void findsPagesAndTheOpenPatternsOfWebXml() {
    assertTrue(Routes.pages().contains("/index.xhtml"));
    assertTrue(
        Routes.pages().contains("/about.xhtml"), "the About page is checked like the others");
    assertFalse(Routes.pages().stream().anyMatch(p -> p.startsWith("/WEB-INF/")));
    List<String> open = Routes.publicPatterns();
    assertTrue(Routes.matches("/login.xhtml", open), open::toString);
    assertFalse(Routes.matches("/index.xhtml", open), open::toString);
  }
}
