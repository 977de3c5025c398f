package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  private final Map<String, String> headers = new HashMap<>();
  private int status = 200;

  @Test
  void everyAnswerGetsThePolicyAndPagesAreNotCached() throws Exception {
    assertTrue(run(OptionalInt.empty(), request("/api/runs", null, false, DispatcherType.REQUEST)));
    assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("DENY", headers.get("X-Frame-Options"));
    assertEquals("same-origin", headers.get("Referrer-Policy"));
    assertEquals("no-store", headers.get("Cache-Control"));
    assertNull(headers.get("Strict-Transport-Security"), "no HSTS over plain HTTP");
  }

  @Test
  void resourcesMayBeCachedAndErrorPagesGetTheHeadersToo() throws Exception {
    run(
        OptionalInt.empty(),
        request("/jakarta.faces.resource/x.js", null, false, DispatcherType.REQUEST));
    assertNull(headers.get("Cache-Control"));
    headers.clear();
    run(OptionalInt.of(8443), request("/error", null, false, DispatcherType.ERROR));
    assertEquals("no-store", headers.get("Cache-Control"));
    assertEquals(200, status, "an error dispatch is never redirected");
  }

  @Test
  void withHttpsPlainHttpOnlyRedirectsToTheSamePathAndHttpsGetsHsts() throws Exception {
    assertFalse(
        run(OptionalInt.of(8443), request("/api/runs", "a=1", false, DispatcherType.REQUEST)));
    assertEquals(308, status);
    assertEquals("https://cync.example:8443/api/runs?a=1", headers.get("Location"));
    headers.clear();
    assertTrue(
        run(OptionalInt.of(8443), request("/index.xhtml", null, true, DispatcherType.REQUEST)));
    assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
  }

  /** Runs the filter; true when it passed the request on. */
  private boolean run(OptionalInt httpsPort, HttpServletRequest request) throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    new SecurityHeaders(httpsPort).doFilter(request, response(), (req, res) -> passed.set(true));
    return passed.get();
  }

  private static HttpServletRequest request(
      String uri, String query, boolean secure, DispatcherType type) {
    return fake(
        HttpServletRequest.class,
        Map.of(
            "getRequestURI",
            uri,
            "getContextPath",
            "",
            "getQueryString",
            query == null ? NONE : query,
            "isSecure",
            secure,
            "getDispatcherType",
            type,
            "getServerName",
            "cync.example"));
  }

  private static final Object NONE = new Object();

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setStatus" -> status = (Integer) args[0];
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }

  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            SecurityHeadersTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
              }
              Object answer = answers.get(method.getName());
              return answer == NONE ? null : answer;
            }));
  }
}
