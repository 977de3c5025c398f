package org.cync.sandbox.token;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's own certificate authority and the TLS certificate it issues for 127.0.0.1 and
 * localhost, because azure-identity and MSAL insist on https for the authority. Clients trust the
 * CA certificate written to {@link #caFile()}; nothing touches the JVM-wide trust store.
 */
public final class Pki {
  private final KeyPair caKeys;
  private final X509Certificate caCert;
  private final KeyPair serverKeys;
  private final X509Certificate serverCert;
  private final Path caFile;

  private Pki(Path caFile) throws GeneralSecurityException, IOException {
    this.caKeys = rsa();
    this.caCert =
        issue("CN=CYNC Graph Sandbox CA", caKeys, caKeys, "CN=CYNC Graph Sandbox CA", true);
    this.serverKeys = rsa();
    this.serverCert =
        issue(
            "CN=127.0.0.1", serverKeys, caKeys, caCert.getSubjectX500Principal().getName(), false);
    this.caFile = caFile;
    Files.createDirectories(caFile.toAbsolutePath().getParent());
    Files.writeString(caFile, pem(caCert));
  }

  /** Creates a fresh CA and server certificate and writes the CA certificate (PEM) to caFile. */
  public static Pki create(Path caFile) {
    try {
      return new Pki(caFile);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot create the sandbox CA", e);
    }
  }

  static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static X509Certificate issue(
      String subject, KeyPair subjectKeys, KeyPair issuerKeys, String issuer, boolean ca)
      throws GeneralSecurityException, IOException {
    Instant now = Instant.now();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(1, ChronoUnit.DAYS)),
            Date.from(now.plus(825, ChronoUnit.DAYS)),
            new X500Name(subject),
            subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    if (ca) {
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } else {
      b.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, "localhost")
              }));
    }
    try {
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
      return new JcaX509CertificateConverter().getCertificate(b.build(signer));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  public static String pem(Object o) {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
      pw.writeObject(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  /** TLS context serving the server certificate (chain: server, CA). */
  public SSLContext serverContext() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      char[] pw = "sandbox".toCharArray();
      ks.setKeyEntry(
          "server", serverKeys.getPrivate(), pw, new X509Certificate[] {serverCert, caCert});
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, pw);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot build the TLS context", e);
    }
  }

  public X509Certificate caCertificate() {
    return caCert;
  }

  public Path caFile() {
    return caFile;
  }
}
