package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The {@code /api} body limit with plain stand-ins for the servlet objects: a declared or a
 * streamed body over 1 MB is a 413 in JSON before anything reads it, a smaller one reaches the API
 * whole; and the container's own errors become JSON.
 */
class ApiBodyLimitTest {
  static final int MB = 1024 * 1024;

  /** An endless body that counts what was read from it. */
  static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'x';
    }
  }

  /** The response's status, headers and body. */
  static final class Answer {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    String text() {
      return body.toString(StandardCharsets.UTF_8);
    }
  }

  static HttpServletRequest request(long contentLength, InputStream body) {
    ServletInputStream in =
        new ServletInputStream() {
          @Override
          public int read() throws IOException {
            return body.read();
          }

          @Override
          public boolean isFinished() {
            return false;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener l) {}
        };
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ApiBodyLimitTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getContentLengthLong" -> contentLength;
                  case "getContentLength" -> (int) contentLength;
                  case "getInputStream" -> in;
                  case "getMethod" -> "PUT";
                  default -> m.getReturnType() == boolean.class ? false : null;
                });
  }

  static HttpServletResponse response(Answer answer) {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            answer.body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener l) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            ApiBodyLimitTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (p, m, a) -> {
              switch (m.getName()) {
                case "setStatus" -> answer.status = (int) a[0];
                case "setHeader", "setContentType" ->
                    answer.headers.put(
                        a.length == 2 ? (String) a[0] : "Content-Type", (String) a[a.length - 1]);
                case "getOutputStream" -> {
                  return out;
                }
                default -> {}
              }
              return m.getReturnType() == boolean.class ? false : null;
            });
  }

  private static Answer filter(HttpServletRequest req, AtomicReference<byte[]> reached)
      throws Exception {
    Answer answer = new Answer();
    new ApiBodyLimit()
        .doFilter(
            req,
            response(answer),
            (r, s) -> reached.set(((HttpServletRequest) r).getInputStream().readAllBytes()));
    return answer;
  }

  @Test
  void aDeclaredLargeBodyIsRefusedBeforeItIsRead() throws Exception {
    Endless body = new Endless();
    AtomicReference<byte[]> reached = new AtomicReference<>();
    Answer a = filter(request(20L * MB, body), reached);
    assertEquals(413, a.status);
    assertEquals(0, body.read);
    assertNull(reached.get());
    assertEquals("{\"error\":\"" + ApiBodyLimit.TOO_LARGE + "\"}", a.text());
    assertEquals("application/json", a.headers.get("Content-Type"));
    assertEquals("close", a.headers.get("Connection"));
  }

  @Test
  void aChunkedBodyIsCountedAndCutJustPastTheLimit() throws Exception {
    Endless body = new Endless();
    AtomicReference<byte[]> reached = new AtomicReference<>();
    Answer a = filter(request(-1, body), reached);
    assertEquals(413, a.status);
    assertEquals(MB + 1, body.read);
    assertNull(reached.get());
  }

  @Test
  void aBodyOfExactlyTheLimitReachesTheApiWhole() throws Exception {
    AtomicReference<byte[]> reached = new AtomicReference<>();
    Answer a = filter(request(-1, new java.io.ByteArrayInputStream(new byte[MB])), reached);
    assertEquals(200, a.status);
    assertEquals(MB, reached.get().length);
  }

  @Test
  void theContainersOwnErrorsAreJsonWithoutTheirReason() throws Exception {
    Answer a = new Answer();
    new JsonErrors(response(a)).sendError(404, "org.glassfish.Something: /api/x at line 3");
    assertEquals(404, a.status);
    assertTrue(a.text().startsWith("{\"error\":\"No such API path"), a.text());
    assertFalse(a.text().contains("glassfish"));
  }

  @Test
  void quotesInAMessageStayJson() {
    assertEquals(
        "{\"error\":\"say \\\"hi\\\" \\\\ bye\"}",
        org.cync.login.JsonError.body("say \"hi\" \\ bye"));
  }
}
