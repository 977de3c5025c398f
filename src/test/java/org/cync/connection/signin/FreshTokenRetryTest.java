package org.cync.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FreshTokenRetryTest {
  private HttpServer server;
  private final Deque<Integer> answers = new ArrayDeque<>();
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger freshTokens = new AtomicInteger();
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          int status;
          synchronized (answers) {
            status = answers.isEmpty() ? 500 : answers.poll();
          }
          byte[] body = ("answer " + authorizations.size()).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    server.stop(0);
  }

  private Response call(UnaryOperator<String> fresh, boolean withAuthorization, Integer... statuses)
      throws IOException {
    answers.addAll(List.of(statuses));
    client = new OkHttpClient.Builder().addInterceptor(new FreshTokenRetry(fresh)).build();
    Request.Builder r =
        new Request.Builder()
            .url("http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0/users");
    if (withAuthorization) {
      r.header("Authorization", "Bearer old");
    }
    return client.newCall(r.build()).execute();
  }

  private final List<String> refused = new java.util.ArrayList<>();

  private String fresh(String refusedToken) {
    refused.add(refusedToken);
    return "fresh-" + freshTokens.incrementAndGet();
  }

  @Test
  void a401IsRetriedOnceWithAFreshToken() throws IOException {
    try (Response r = call(this::fresh, true, 401, 200)) {
      assertEquals(200, r.code());
      assertEquals("answer 2", r.body().string());
    }
    assertEquals(List.of("Bearer old", "Bearer fresh-1"), authorizations);
    assertEquals(1, freshTokens.get());
    assertEquals(List.of("old"), refused, "the refused token is handed over without 'Bearer'");
  }

  @Test
  void noFreshTokenMeansNoRetry() throws IOException {
    try (Response r = call(old -> null, true, 401, 200)) {
      assertEquals(401, r.code());
    }
    assertEquals(1, authorizations.size());
  }

  @Test
  void a200IsNotRetried() throws IOException {
    try (Response r = call(this::fresh, true, 200, 200)) {
      assertEquals(200, r.code());
    }
    assertEquals(List.of("Bearer old"), authorizations);
    assertEquals(0, freshTokens.get());
  }

  @Test
  void aRequestWithoutAuthorizationIsNotRetried() throws IOException {
    try (Response r = call(this::fresh, false, 401, 200)) {
      assertEquals(401, r.code());
    }
    assertEquals(1, authorizations.size());
    assertEquals(0, freshTokens.get());
  }

  @Test
  void a403TwiceGivesThe403AfterExactlyOneRetry() throws IOException {
    try (Response r = call(this::fresh, true, 403, 403, 200)) {
      assertEquals(403, r.code());
      assertEquals("answer 2", r.body().string());
    }
    assertEquals(List.of("Bearer old", "Bearer fresh-1"), authorizations);
  }

  @Test
  void whenNoFreshTokenCanBeHadTheOriginal401IsReturned() throws IOException {
    UnaryOperator<String> failing =
        old -> {
          freshTokens.incrementAndGet();
          throw new IllegalStateException("AADSTS700027: certificate not uploaded");
        };
    try (Response r = call(failing, true, 401, 200)) {
      assertEquals(401, r.code());
      assertEquals("answer 1", r.body().string());
    }
    assertEquals(1, authorizations.size());
    assertEquals(1, freshTokens.get());
  }

  @Test
  void otherErrorsAreNotRetried() throws IOException {
    try (Response r = call(this::fresh, true, 404, 200)) {
      assertEquals(404, r.code());
    }
    assertEquals(1, authorizations.size());
  }
}
