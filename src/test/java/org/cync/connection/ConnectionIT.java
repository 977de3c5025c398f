package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cync.sandbox.GraphSandbox;
import org.cync.testing.Browser;
import org.cync.testing.CyncServer;
import org.cync.testing.KeyLeaks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Connection feature in CYNC as operators run it ({@code cync.jar}), against a sandbox tenant
 * in this JVM, the way an administrator goes through it: generate, download the .cer, upload it to
 * the app and grant consent, Test Connection all green; renewal; no private key anywhere; and the
 * console's "Use the simulated tenant" in a real browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectionIT {
  static final String[] ROLES = {"User.Read.All", "Group.Read.All", "Contacts.ReadWrite"};
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static Path data;
  static CyncServer server;
  static GraphSandbox sandbox;
  static String clientId = UUID.randomUUID().toString();
  static String mailbox;
  static final List<String> answers = new ArrayList<>();

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(30).mailboxes(5).seed(5).start();
    mailbox =
        sandbox.directory().allUsers().stream()
            .filter(u -> !u.deleted() && u.mailboxLicensed())
            .map(u -> u.string("userPrincipalName"))
            .findFirst()
            .orElseThrow();
    data = CyncServer.freshDataDir("cync-connection");
    server = CyncServer.start(data);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  static HttpResponse<String> call(String method, String path, String json) {
    HttpResponse<String> r = server.send(method, path, json);
    answers.add(r.body());
    return r;
  }

  static JsonObject json(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    return CyncServer.parse(r.body());
  }

  /** What an administrator does in the Entra portal: register, upload the .cer, consent. */
  static void sandboxAdmin(String method, String path, byte[] body) throws Exception {
    org.cync.testing.ConnectedTenant.admin(sandbox, method, path, body);
  }

  static byte[] downloadCer(String thumbprint) throws Exception {
    HttpResponse<byte[]> cer =
        server.getBytes("/api/connection/certificate.cer?thumbprint=" + thumbprint);
    assertEquals(200, cer.statusCode());
    X509Certificate c =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(cer.body()));
    String sha1 =
        HexFormat.of()
            .withUpperCase()
            .formatHex(MessageDigest.getInstance("SHA-1").digest(c.getEncoded()));
    assertEquals(thumbprint, sha1, "the .cer is the certificate with that thumbprint");
    return cer.body();
  }

  static JsonObject lineNamed(JsonObject checklist, String name) {
    return checklist.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + name + " in " + checklist));
  }

  static String thumbprint;

  @Test
  @Order(1)
  void badInputIsRefusedWithTheFixAndNothingIsSaved() {
    JsonObject refused =
        json(
            call(
                "PUT",
                "/api/connection",
                "{\"tenantId\":\"contoso.onmicrosoft.com\",\"clientId\":\"abc\",\"thumbprint\":\"12:34\"}"),
            400);
    JsonObject problems = refused.getJsonObject("problems");
    assertTrue(problems.getString("tenantId").contains("not the domain name"), problems.toString());
    assertTrue(problems.getString("clientId").contains("is not a GUID"), problems.toString());
    assertTrue(problems.containsKey("thumbprint"), problems.toString());
    JsonObject now = server.getJson("/api/connection").asJsonObject();
    assertTrue(now.isNull("tenantId"), "nothing saved: " + now);

    HttpResponse<String> forged =
        server.sendRaw("POST", "/api/connection/certificate", "text/plain", "x");
    assertEquals(415, forged.statusCode(), "a form-like cross-site POST is refused");
    assertTrue(server.getJson("/api/connection").asJsonObject().isNull("thumbprint"));
    assertEquals("https://login.microsoftonline.com", now.getString("authorityHost"));
  }

  @Test
  @Order(2)
  void generateUploadConsentAndTestConnectionIsAllGreen() throws Exception {
    JsonObject made = json(call("POST", "/api/connection/certificate", "{}"), 201);
    thumbprint = made.getString("thumbprint");
    assertFalse(made.getBoolean("pending"), "the first certificate is used at once");
    Path store = data.resolve("keystore.p12");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));

    sandboxAdmin(
        "POST", "/apps", ("{\"clientId\":\"" + clientId + "\"}").getBytes(StandardCharsets.UTF_8));
    sandboxAdmin("POST", "/apps/" + clientId + "/certificates", downloadCer(thumbprint));
    for (String role : ROLES) {
      sandboxAdmin("PUT", "/apps/" + clientId + "/permissions/" + role, null);
    }
    HttpResponse<String> pem = server.get("/api/connection/certificate.pem");
    assertTrue(pem.body().startsWith("-----BEGIN CERTIFICATE-----"), pem.body());
    answers.add(pem.body());

    json(
        call(
            "PUT",
            "/api/connection",
            "{\"tenantId\":\""
                + sandbox.tenantId().toUpperCase()
                + "\",\"clientId\":\" "
                + clientId
                + " \",\"thumbprint\":\""
                + thumbprint.toLowerCase().replaceAll("(..)", "$1 ").trim()
                + "\",\"authorityHost\":\""
                + sandbox.authority()
                + "\",\"graphBaseUrl\":\""
                + sandbox.graphBaseUrl()
                + "\",\"trustedCaFile\":\""
                + sandbox.caFile().toAbsolutePath()
                + "\"}"),
        200);
    JsonObject checklist = json(call("POST", "/api/connection/test?mailbox=" + mailbox, null), 200);
    assertTrue(checklist.getBoolean("ok"), checklist.toString());
    for (JsonValue v : checklist.getJsonArray("lines")) {
      assertEquals("PASSED", v.asJsonObject().getString("status"), v.toString());
    }
    JsonObject saved = server.getJson("/api/connection").asJsonObject();
    assertEquals(sandbox.tenantId().toLowerCase(), saved.getString("tenantId"), "GUIDs tidied");
    assertEquals(thumbprint, saved.getString("thumbprint"), "thumbprint normalized");
    assertEquals(true, saved.getJsonObject("lastTest").getBoolean("ok"), "the last test is kept");
    assertTrue(saved.getJsonObject("certificate").getInt("daysLeft") > 700);
  }

  @Test
  @Order(3)
  void renewalSwitchesOnlyAfterTheNewCertificatePassesATest() throws Exception {
    JsonObject renewed =
        json(call("POST", "/api/connection/certificate", "{\"keyBits\":\"3072\"}"), 201);
    String next = renewed.getString("thumbprint");
    assertTrue(renewed.getBoolean("pending"), "a renewal waits for its test");

    JsonObject notYet = json(call("POST", "/api/connection/test", null), 200);
    assertEquals(
        "PASSED",
        lineNamed(notYet, "Sign-in").getString("status"),
        "the certificate in use still signs in");
    assertTrue(notYet.getBoolean("ok"), notYet.toString());
    JsonObject renewal = lineNamed(notYet, "Renewal");
    assertEquals("WARNING", renewal.getString("status"), notYet.toString());
    assertTrue(
        renewal.getString("detail").contains("is not uploaded to the App Registration"),
        renewal.toString());
    assertEquals(
        thumbprint,
        server.getJson("/api/connection").asJsonObject().getString("thumbprint"),
        "old one still in use");

    sandboxAdmin("POST", "/apps/" + clientId + "/certificates", downloadCer(next));
    JsonObject switched = json(call("POST", "/api/connection/test", null), 200);
    assertEquals("PASSED", lineNamed(switched, "Renewal").getString("status"), switched.toString());
    JsonObject now = server.getJson("/api/connection").asJsonObject();
    assertEquals(next, now.getString("thumbprint"));
    assertTrue(now.isNull("pendingThumbprint"));
    assertEquals(
        3072,
        ((java.security.interfaces.RSAPublicKey) certificate(next).getPublicKey())
            .getModulus()
            .bitLength());

    JsonObject test = json(call("POST", "/api/connection/test?mailbox=" + mailbox, null), 200);
    assertTrue(test.getBoolean("ok"), test.toString());
    thumbprint = next;
  }

  static X509Certificate certificate(String thumb) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new ByteArrayInputStream(
                    server.getBytes("/api/connection/certificate.cer?thumbprint=" + thumb).body()));
  }

  @Test
  @Order(4)
  void changesAreAuditedWithoutSecretsAndReadinessKnowsTheCertificate() {
    assertEquals(200, call("POST", "/api/connection/reconnect", null).statusCode());
    HttpResponse<String> audit = call("GET", "/api/audit", null);
    assertEquals(200, audit.statusCode());
    String body = audit.body();
    for (String expected :
        List.of(
            "Certificate generated",
            "Connection settings changed",
            "Certificate switched",
            "Reconnected")) {
      assertTrue(body.contains(expected), expected + " in " + body);
    }
    assertTrue(body.contains("\"actor\":\"admin\""), body);
    JsonObject ready = server.getJson("/health/ready").asJsonObject();
    assertTrue(ready.toString().contains("\"certificate\""), ready.toString());
    assertEquals("UP", ready.getString("status"));
  }

  @Test
  @Order(5)
  void noEndpointPageFileOrLogHoldsPrivateKeyMaterial() throws Exception {
    char[] password = Files.readString(data.resolve("keystore-password")).strip().toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(data.resolve("keystore.p12"))) {
      ks.load(in, password);
    }
    List<RSAPrivateCrtKey> keys = new ArrayList<>();
    for (String alias : java.util.Collections.list(ks.aliases())) {
      Key k = ks.getKey(alias, password);
      if (k != null) {
        keys.add((RSAPrivateCrtKey) k);
      }
    }
    assertEquals(2, keys.size(), "the certificate in use and the retiring one");
    KeyLeaks leaks = new KeyLeaks(keys);
    answers.add(server.get("/connection.xhtml").body());
    answers.add(server.get("/").body());
    answers.add(server.get("/api/connection").body());
    answers.add(server.get("/api/connection/test").body());
    answers.add(server.get("/api/audit").body());
    for (String answer : answers) {
      assertEquals(
          null,
          leaks.findIn(answer.getBytes(StandardCharsets.UTF_8)),
          "an API answer or page: " + answer);
    }
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.equals(data.resolve("keystore.p12"))) {
          assertEquals(null, leaks.findIn(Files.readAllBytes(f)), f.toString());
        }
      }
    }
    assertEquals(
        null, leaks.findIn(server.log().getBytes(StandardCharsets.UTF_8)), "the server log");
  }

  @Test
  @Order(6)
  void theConsoleTriesTheSimulatedTenantInARealBrowser() throws Exception {
    Browser.recording("connection", ConnectionIT::simulatedTenantFlow);
  }

  private static void simulatedTenantFlow(ChromeDriver browser) throws IOException {
    {
      Browser.signIn(browser, server.uri("/"));
      browser.findElement(By.linkText("Connection")).click();
      assertEquals("CYNC · Connection", browser.getTitle());
      assertTrue(browser.findElement(By.id("current")).getText().contains(thumbprint));

      browser.findElement(By.cssSelector("[id='simulated:replace'] .ui-chkbox-box")).click();
      browser.findElement(By.id("simulated:startSimulated")).click();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      // Ajax updates replace the elements a condition is reading: look again rather than fail.
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      wait.until(
          b -> b.findElement(By.id("messages")).getText().contains("Simulated tenant started"));
      String tenant = browser.findElement(By.id("connection:tenantId")).getAttribute("value");
      assertNotEquals(sandbox.tenantId(), tenant, "settings now point at the simulated tenant");

      browser.findElement(By.id("test:run")).click();
      wait.until(b -> b.findElement(By.id("summary")).getText().contains("All checks passed"));
      String table = browser.findElement(By.id("test:checklist")).getText();
      assertEquals(6, table.split("PASSED", -1).length - 1, table);

      Browser.screenshot(browser, "connection.png");
      assertTrue(
          browser
              .findElement(By.id("audit:auditTable"))
              .getText()
              .contains("Simulated tenant started"));

      browser.findElement(By.id("simulated:stopSimulated")).click();
      wait.until(
          b ->
              sandbox
                  .tenantId()
                  .equals(b.findElement(By.id("connection:tenantId")).getAttribute("value")));
      assertEquals(
          sandbox.tenantId(),
          server.getJson("/api/connection").asJsonObject().getString("tenantId"),
          "stopping the simulated tenant gives the previous connection back");
    }
  }

  static long expectedSources() {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().allUsers().stream()
                    .filter(u -> !u.deleted())
                    .filter(u -> u.get("accountEnabled").getAsBoolean())
                    .filter(u -> !"Guest".equals(u.string("userType")))
                    .filter(u -> u.string("mail") != null)
                    .count());
  }

  static String runToTheEnd() {
    return server.awaitRunEnd(server.startRun("{}"), Duration.ofMinutes(2)).getString("status");
  }

  static long snapshotSize() {
    return server
        .getJson("/api/directory/snapshot")
        .asJsonObject()
        .getJsonNumber("size")
        .longValue();
  }

  @Test
  @Order(7)
  void theDirectoryStepReadsTheTenantThenOnlyItsChanges() {
    long expected = expectedSources();
    assertTrue(expected > 10 && expected < 30, "enabled members with mail: " + expected);
    assertEquals("COMPLETED", runToTheEnd());
    assertEquals(expected, snapshotSize(), "a full round: every enabled member with mail");

    String someone =
        sandbox
            .directory()
            .read(
                () ->
                    sandbox.directory().allUsers().stream()
                        .filter(u -> !u.deleted() && u.get("accountEnabled").getAsBoolean())
                        .filter(
                            u -> !"Guest".equals(u.string("userType")) && u.string("mail") != null)
                        .findFirst()
                        .orElseThrow()
                        .id());
    sandbox
        .directory()
        .update(
            someone, java.util.Map.of("accountEnabled", new com.google.gson.JsonPrimitive(false)));
    assertEquals("COMPLETED", runToTheEnd());
    assertEquals(expected - 1, snapshotSize(), "the changes round removed the disabled user");
    assertTrue(
        server.log().contains("changes since the last round"),
        "the second round used the delta link");
  }
}
