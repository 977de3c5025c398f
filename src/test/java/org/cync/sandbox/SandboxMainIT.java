package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cync.sandbox.token.Pki;
import org.junit.jupiter.api.Test;

/**
 * The standalone sandbox ({@code java -jar target/cync-sandbox.jar}, or the class path when the jar
 * is not built) prints its key=value lines then "ready", and serves tokens and Graph.
 */
class SandboxMainIT {
  @Test
  void printsItsCoordinatesAndServes() throws Exception {
    TestApp app = new TestApp();
    Path dir = Files.createTempDirectory("sandbox-main");
    Path pem = dir.resolve("app.pem");
    Files.writeString(pem, Pki.pem(app.cert));
    Path jar = Path.of("target", "cync-sandbox.jar");
    List<String> cmd =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (Files.exists(jar)) {
      cmd.addAll(List.of("-jar", jar.toString()));
    } else {
      cmd.addAll(
          List.of("-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
    }
    cmd.addAll(
        List.of(
            "--users",
            "120",
            "--mailboxes",
            "10",
            "--seed",
            "42",
            "--app-cert",
            pem.toString(),
            "--client",
            app.clientId,
            "--grant",
            "User.Read.All,Group.Read.All,Contacts.ReadWrite",
            "--ca",
            dir.resolve("ca.pem").toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      Map<String, String> out = new LinkedHashMap<>();
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null && !line.equals("ready")) {
        int eq = line.indexOf('=');
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
      assertEquals("ready", line);
      assertEquals(
          List.of("tenant", "client", "authority", "graph", "admin", "ca"),
          new ArrayList<>(out.keySet()));
      assertEquals(app.clientId, out.get("client"));
      assertTrue(out.get("graph").endsWith("/v1.0"));
      assertTrue(out.get("authority").startsWith("https://127.0.0.1:"));

      HttpClient http =
          HttpClient.newBuilder().sslContext(trusting(Path.of(out.get("ca")))).build();
      String tokenUrl = out.get("authority") + "/" + out.get("tenant") + "/oauth2/v2.0/token";
      String form =
          "client_id="
              + app.clientId
              + "&scope="
              + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8)
              + "&grant_type=client_credentials&client_assertion_type="
              + URLEncoder.encode(
                  "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
              + "&client_assertion="
              + app.sign(tokenUrl);
      HttpResponse<String> t =
          http.send(
              HttpRequest.newBuilder(URI.create(tokenUrl))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, t.statusCode(), t.body());
      String token =
          JsonParser.parseString(t.body()).getAsJsonObject().get("access_token").getAsString();
      HttpResponse<String> users =
          http.send(
              HttpRequest.newBuilder(URI.create(out.get("graph") + "/users?$top=999"))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(
          120,
          JsonParser.parseString(users.body()).getAsJsonObject().getAsJsonArray("value").size());
      HttpResponse<String> admin =
          http.send(
              HttpRequest.newBuilder(URI.create(out.get("admin"))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(
          10, JsonParser.parseString(admin.body()).getAsJsonObject().get("mailboxes").getAsInt());
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  static SSLContext trusting(Path ca) throws Exception {
    try (InputStream in = Files.newInputStream(ca)) {
      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ts);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    }
  }
}
