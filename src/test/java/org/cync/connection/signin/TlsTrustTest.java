package org.cync.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.cync.connection.certificate.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTrustTest {
  @TempDir Path dir;

  /**
   * A self-signed CA that is also the server certificate of 127.0.0.1 (real time: TLS checks it).
   */
  private static X509Certificate proxyCa(KeyPair keys) throws Exception {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=Contoso TLS Inspection CA");
    var b =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(1))),
            name,
            keys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    b.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }

  private Path pem(X509Certificate... certs) throws Exception {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      for (X509Certificate c : certs) {
        w.writeObject(c);
      }
    }
    Path file = dir.resolve("proxy-ca.pem");
    Files.writeString(file, out.toString());
    return file;
  }

  private static X509Certificate[] issuers(TlsTrust t) {
    return t.apply(new OkHttpClient.Builder()).build().x509TrustManager().getAcceptedIssuers();
  }

  @Test
  void withoutFileTheJvmsCasAreTrusted() {
    X509Certificate[] issuers = issuers(TlsTrust.of(null));
    assertTrue(issuers.length > 0);
  }

  @Test
  void aPemFileAddsItsCasToTheJvms() throws Exception {
    X509Certificate ca = proxyCa(TestCertificates.rsa2048());
    int jvm = issuers(TlsTrust.of(null)).length;
    X509Certificate[] issuers = issuers(TlsTrust.of(pem(ca)));
    assertEquals(jvm + 1, issuers.length);
    assertTrue(Arrays.asList(issuers).contains(ca));
  }

  @Test
  void aServerSignedByThePemsCaIsReachedOnlyWithIt() throws Exception {
    KeyPair keys = TestCertificates.rsa2048();
    X509Certificate ca = proxyCa(keys);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("server", keys.getPrivate(), "pw".toCharArray(), new Certificate[] {ca});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "pw".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/",
        e -> {
          e.sendResponseHeaders(204, -1);
          e.close();
        });
    server.start();
    Path pem = pem(ca);
    String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/";
    OkHttpClient trusting = TlsTrust.of(pem).apply(new OkHttpClient.Builder()).build();
    OkHttpClient jvmOnly = TlsTrust.of(null).apply(new OkHttpClient.Builder()).build();
    try {
      try (Response r = trusting.newCall(new Request.Builder().url(url).build()).execute()) {
        assertEquals(204, r.code());
      }
      assertThrows(
          SSLHandshakeException.class,
          () -> jvmOnly.newCall(new Request.Builder().url(url).build()).execute().close());
    } finally {
      for (OkHttpClient c : new OkHttpClient[] {trusting, jvmOnly}) {
        c.dispatcher().executorService().shutdown();
        c.connectionPool().evictAll();
      }
      server.stop(0);
    }
  }

  @Test
  void aFileThatIsNotPemIsNamedWithTheRemedy() throws Exception {
    Path notPem = dir.resolve("proxy-ca.txt");
    Files.writeString(notPem, "this is not a certificate\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsTrust.of(notPem));
    assertTrue(
        e.getMessage().startsWith("Cannot read the trusted CA file (trustedCaFile) " + notPem),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("give a PEM file with one or more CA certificates, or clear the field."),
        e.getMessage());
  }

  @Test
  void anEmptyFileSaysThereIsNoCertificateInIt() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pem"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsTrust.of(empty));
    assertTrue(e.getMessage().contains(empty + " (no certificate in it)"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nowhere.pem");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsTrust.of(missing));
    assertTrue(
        e.getMessage()
            .startsWith("The trusted CA file (trustedCaFile) " + missing + " does not exist: give"),
        e.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void aDeviceIsRefusedAtOnceNamingTheField() {
    long start = System.nanoTime();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsTrust.of(Path.of("/dev/zero")));
    assertTrue(
        e.getMessage().contains("(trustedCaFile) /dev/zero is not a regular file"), e.getMessage());
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "took more than 2 s");
  }
}
