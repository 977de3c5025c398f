package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.cync.connection.certificate.CertificateGenerator;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.Pkcs12CertificateStore;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.cync.connection.check.ChecklistRunner;
import org.cync.connection.check.LiveProbe;
import org.cync.connection.signin.GraphAccess;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.TestApp;
import org.cync.sandbox.token.AppRegistration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Test Connection and renewal with the real azure-identity and Graph SDK over HTTPS against the
 * sandbox: all green when the set-up is right, and each administrator mistake its own message.
 */
class ConnectionCheckIT {
  static final String[] ALL_ROLES = {"User.Read.All", "Group.Read.All", "Contacts.ReadWrite"};
  static GraphSandbox sandbox;
  static Path dir;
  static CertificateStore store;
  static String mailbox;
  static String noMailbox;
  final Clock clock = Clock.systemUTC();
  String thumb;
  AppRegistration app;
  ConnectionSettings settings;

  @BeforeAll
  static void startSandbox() throws Exception {
    sandbox = GraphSandbox.builder().users(40).mailboxes(10).seed(11).start();
    dir = Files.createTempDirectory("cync-connection-check");
    store = new Pkcs12CertificateStore(dir.resolve("keystore.p12"), "test-store".toCharArray());
    mailbox = userPrincipalName(true);
    noMailbox = userPrincipalName(false);
  }

  static String userPrincipalName(boolean withMailbox) {
    return sandbox.directory().allUsers().stream()
        .filter(u -> !u.deleted() && u.mailboxLicensed() == withMailbox)
        .map(u -> u.string("userPrincipalName"))
        .findFirst()
        .orElseThrow();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void registerApp() throws Exception {
    thumb = new CertificateGenerator(clock).generateInto(store, NewCertificate.defaults());
    app = sandbox.registerApp(UUID.randomUUID().toString(), cert(thumb), ALL_ROLES);
    settings = new ConnectionSettings();
    settings.setTenantId(sandbox.tenantId());
    settings.setClientId(app.clientId());
    settings.setThumbprint(thumb);
    settings.setAuthorityHost(sandbox.authority());
    settings.setGraphBaseUrl(sandbox.graphBaseUrl());
    settings.setTrustedCaFile(sandbox.caFile().toString());
  }

  static X509Certificate cert(String thumbprint) throws Exception {
    return store.find(thumbprint).orElseThrow().certificate();
  }

  Checklist test(ConnectionSettings s, String mailbox) {
    return new ChecklistRunner(new LiveProbe(store, clock), clock)
        .run(s, s.getThumbprint(), mailbox);
  }

  static CheckLine line(Checklist c, String name) {
    return c.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  static void assertLine(Checklist c, String name, CheckLine.Status status, String text) {
    CheckLine l = line(c, name);
    assertEquals(status, l.status(), name + ": " + l.detail());
    assertTrue(
        l.detail().contains(text), name + " should say \"" + text + "\" but says: " + l.detail());
  }

  @Test
  void allGreenWhenTheSetUpIsRight() {
    Checklist c = test(settings, mailbox);
    assertTrue(c.ok(), c.lines().toString());
    for (String name :
        List.of(
            "Configuration",
            "Certificate",
            "Sign-in",
            "Permissions",
            "Directory read",
            "Mailbox read")) {
      assertEquals(CheckLine.Status.PASSED, line(c, name).status(), line(c, name).toString());
    }
    assertTrue(line(c, "Mailbox read").detail().contains(mailbox));
  }

  @Test
  void aDomainNameAsTenantIdIsNamedBeforeAnySignIn() {
    settings.setTenantId("contoso.onmicrosoft.com");
    Checklist c = test(settings, null);
    assertLine(c, "Configuration", CheckLine.Status.FAILED, "not the domain name");
    assertEquals(CheckLine.Status.SKIPPED, line(c, "Sign-in").status());
  }

  @Test
  void wrongTenant() {
    settings.setTenantId(UUID.randomUUID().toString());
    assertLine(
        test(settings, null), "Sign-in", CheckLine.Status.FAILED, "AADSTS90002: Invalid tenant");
  }

  @Test
  void unknownClient() {
    settings.setClientId(UUID.randomUUID().toString());
    assertLine(
        test(settings, null),
        "Sign-in",
        CheckLine.Status.FAILED,
        "Application (client) ID not found in this tenant");
  }

  @Test
  void certificateNotUploaded() {
    app.removeCertificate(thumb);
    assertLine(
        test(settings, null),
        "Sign-in",
        CheckLine.Status.FAILED,
        "This certificate (thumbprint " + thumb + ") is not uploaded to the App Registration");
  }

  @Test
  void onePermissionNotConsented() {
    app.revoke("Group.Read.All");
    Checklist c = test(settings, null);
    assertLine(c, "Sign-in", CheckLine.Status.PASSED, "token acquired");
    assertLine(
        c,
        "Permissions",
        CheckLine.Status.FAILED,
        "Insufficient privileges: grant admin consent for Group.Read.All ("); // only that one
    assertEquals(CheckLine.Status.SKIPPED, line(c, "Directory read").status());
  }

  @Test
  void aCertificateWithoutItsPrivateKeyInTheStore() throws Exception {
    X509Certificate publicOnly = new TestApp().cert;
    KeyStore ks = KeyStore.getInstance("PKCS12");
    char[] password = "test-store".toCharArray();
    try (InputStream in = Files.newInputStream(dir.resolve("keystore.p12"))) {
      ks.load(in, password);
    }
    String publicThumb =
        HexFormat.of()
            .withUpperCase()
            .formatHex(MessageDigest.getInstance("SHA-1").digest(publicOnly.getEncoded()));
    ks.setCertificateEntry(publicThumb, publicOnly);
    try (OutputStream out = Files.newOutputStream(dir.resolve("keystore.p12"))) {
      ks.store(out, password);
    }
    app.addCertificate(publicOnly);
    settings.setThumbprint(publicThumb);
    assertLine(
        test(settings, null), "Certificate", CheckLine.Status.FAILED, "without its private key");
  }

  @Test
  void expiredCertificate() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair keys = g.generateKeyPair();
    Instant now = Instant.now();
    X509Certificate expired =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        new X500Name("CN=CYNC Contact Sync"),
                        BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofDays(800))),
                        Date.from(now.minus(Duration.ofDays(70))),
                        new X500Name("CN=CYNC Contact Sync"),
                        keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    String expiredThumb = store.install(keys.getPrivate(), expired);
    app.addCertificate(expired);
    settings.setThumbprint(expiredThumb);
    Checklist c = test(settings, null);
    assertLine(c, "Certificate", CheckLine.Status.FAILED, "expired");
    assertEquals(CheckLine.Status.SKIPPED, line(c, "Sign-in").status());
  }

  @Test
  void clockSkew() throws Exception {
    try (GraphSandbox ahead =
        GraphSandbox.builder()
            .users(5)
            .seed(12)
            .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)))
            .start()) {
      AppRegistration a = ahead.registerApp(UUID.randomUUID().toString(), cert(thumb), ALL_ROLES);
      ConnectionSettings s = settings.copy();
      s.setTenantId(ahead.tenantId());
      s.setClientId(a.clientId());
      s.setAuthorityHost(ahead.authority());
      s.setGraphBaseUrl(ahead.graphBaseUrl());
      s.setTrustedCaFile(ahead.caFile().toString());
      assertLine(test(s, null), "Sign-in", CheckLine.Status.FAILED, "The server clock is off");
    }
  }

  @Test
  void keyMissingFromTheStore() throws Exception {
    store.remove(thumb);
    assertLine(
        test(settings, null),
        "Certificate",
        CheckLine.Status.FAILED,
        "Certificate not found in the key store");
  }

  @Test
  void aUserWithoutMailboxIsNamedAsSuch() {
    assertLine(
        test(settings, noMailbox),
        "Mailbox read",
        CheckLine.Status.FAILED,
        "has no Exchange Online mailbox");
  }

  @Test
  void aMissingContactsPermissionIsNamed() {
    app.revoke("Contacts.ReadWrite");
    Checklist c = test(settings, mailbox);
    assertLine(c, "Permissions", CheckLine.Status.FAILED, "Contacts.ReadWrite");
  }

  /**
   * Renewal while requests run: the old certificate's token is cached and in use, a new one is
   * generated, uploaded, tested and switched to, the old one retired from store and app. Not one
   * request fails, and afterwards sign-in works with the new certificate alone.
   */
  @Test
  void renewalWhileRequestsRunLosesNoRequest() throws Exception {
    GraphAccess access = new GraphAccess(store, clock);
    access.connect(settings);
    access.client().users().get(r -> r.queryParameters.top = 1); // token cached
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger ok = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> loops = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      loops.add(
          pool.submit(
              () -> {
                while (running.get()) {
                  try {
                    access.client().users().get(r -> r.queryParameters.top = 1);
                    ok.incrementAndGet();
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                }
              }));
    }
    String next = new CertificateGenerator(clock).generateInto(store, NewCertificate.defaults());
    app.addCertificate(cert(next));
    ConnectionSettings renewed = settings.copy();
    renewed.setThumbprint(next);
    assertTrue(test(renewed, mailbox).ok(), "the new certificate passes Test Connection");
    access.connect(renewed); // what Connection does after that test
    app.removeCertificate(thumb); // the administrator deletes the old one from the app
    access.reconnect(); // drop cached tokens: the next sign-in must use the new certificate
    int before = ok.get();
    while (ok.get() < before + 20 && failures.isEmpty()) {
      Thread.sleep(10);
    }
    running.set(false);
    for (Future<?> f : loops) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertTrue(failures.isEmpty(), "no request failed during the switch: " + failures);
    assertTrue(ok.get() > 20, "requests ran during the switch: " + ok.get());
    // After the grace period the old key leaves the store; the new certificate alone signs in.
    store.remove(thumb);
    access.reconnect();
    assertEquals(1, access.client().users().get(r -> r.queryParameters.top = 1).getValue().size());
  }

  @Test
  void reconnectPicksUpANewlyGrantedPermissionWithoutRestart() throws Exception {
    app.revoke("User.Read.All");
    GraphAccess access = new GraphAccess(store, clock);
    access.connect(settings);
    try {
      access.client().users().get(r -> r.queryParameters.top = 1);
      throw new AssertionError("reading users without User.Read.All must fail");
    } catch (com.microsoft.graph.models.odataerrors.ODataError expected) {
      assertEquals(403, expected.getResponseStatusCode());
    }
    app.grant("User.Read.All");
    access.reconnect();
    assertEquals(1, access.client().users().get(r -> r.queryParameters.top = 1).getValue().size());
  }
}
