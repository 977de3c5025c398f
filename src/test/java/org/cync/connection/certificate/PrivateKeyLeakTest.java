package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cync.connection.signin.ClientAssertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cheap guard: nothing the public API says or returns carries the private key. */
class PrivateKeyLeakTest {
  private static final char[] PASSWORD = "pw".toCharArray();
  @TempDir Path dir;

  @Test
  void noStringFromThePublicApiContainsThePrivateKey() throws Exception {
    Path file = dir.resolve("keystore.p12");
    Pkcs12CertificateStore store = new Pkcs12CertificateStore(file, PASSWORD);
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    String thumb =
        new CertificateGenerator(Clock.fixed(now, ZoneOffset.UTC))
            .generateInto(store, NewCertificate.defaults());
    StoredCertificate stored = store.find(thumb).orElseThrow();
    X509Certificate cert = stored.certificate();

    List<String> said = new ArrayList<>();
    said.add(store.describe());
    said.add(store.list().toString());
    said.add(stored.toString());
    said.add(NewCertificate.defaults().toString());
    said.addAll(CertificateRules.problems(cert, false, now.plusSeconds(86400L * 1000)));
    said.add(PublicCertificate.pem(cert));
    said.add(Base64.getEncoder().encodeToString(PublicCertificate.der(cert)));
    said.add(PublicCertificate.fileName(cert, "cer"));
    said.add(thumb + Thumbprint.x5t(cert) + Thumbprint.x5tS256(cert));
    said.add(Expiry.of(cert, now).toString() + Expiry.of(cert, now).describe());
    said.add(
        ClientAssertion.create(
            "client",
            "https://login/token",
            cert,
            d -> store.signSha256WithRsa(thumb, d),
            Clock.systemUTC()));
    said.add(
        assertThrows(
                CertificateProblem.class,
                () -> store.signSha256WithRsa("0".repeat(40), new byte[1]))
            .getMessage());
    said.add(
        assertThrows(
                CertificateProblem.class,
                () -> new Pkcs12CertificateStore(file, "wrong".toCharArray()).list())
            .getMessage());

    RSAPrivateCrtKey key = privateKey(file, thumb);
    String encoded = Base64.getEncoder().encodeToString(key.getEncoded());
    List<String> needles =
        List.of(
            encoded,
            encoded.substring(0, 64),
            encoded.substring(encoded.length() / 2, encoded.length() / 2 + 64),
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(key.getEncoded())
                .substring(0, 64),
            key.getPrivateExponent().toString(16),
            key.getPrivateExponent().toString(),
            "PRIVATE KEY");
    for (String s : said) {
      for (String needle : needles) {
        assertFalse(s.contains(needle), () -> "leaks the private key: " + s);
      }
    }
    assertTrue(String.join("\n", said).contains("BEGIN CERTIFICATE"), "the guard sees real output");
  }

  private static RSAPrivateCrtKey privateKey(Path file, String alias) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      ks.load(in, PASSWORD);
    }
    return (RSAPrivateCrtKey) ks.getKey(alias, PASSWORD);
  }
}
