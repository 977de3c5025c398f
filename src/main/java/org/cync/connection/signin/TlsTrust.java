package org.cync.connection.signin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.cync.limits.SmallFile;

/**
 * Which servers CYNC trusts: the JVM's CAs, plus the CAs of an optional PEM file (a TLS-inspecting
 * proxy, a private endpoint). Only CYNC's own HTTP clients use it; the JVM's trust store is never
 * changed. The file is read through {@link SmallFile}: bounded in size and time.
 */
public final class TlsTrust {
  private static final String FIX =
      "give a PEM file with one or more CA certificates, or clear the field.";
  private final X509TrustManager trustManager;
  private final SSLContext context;

  private TlsTrust(X509TrustManager trustManager) throws GeneralSecurityException {
    this.trustManager = trustManager;
    this.context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager}, null);
  }

  /** The JVM's CAs plus those in {@code pemFile} (null: the JVM's only). */
  public static TlsTrust of(Path pemFile) {
    try {
      // the file first: a bad one is refused before the JVM's CAs are loaded
      List<X509Certificate> extra = pemFile == null ? List.of() : read(pemFile);
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      X509TrustManager jvm = trustManager(null);
      int n = 0;
      for (X509Certificate ca : jvm.getAcceptedIssuers()) {
        ks.setCertificateEntry("jvm-" + n++, ca);
      }
      for (X509Certificate ca : extra) {
        ks.setCertificateEntry("extra-" + n++, ca);
      }
      return new TlsTrust(trustManager(ks));
    } catch (IOException e) { // SmallFile's message names the file and why
      throw new IllegalArgumentException(e.getMessage().replaceFirst("\\.$", "") + ": " + FIX, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "Cannot read the trusted CA file (trustedCaFile) "
              + pemFile
              + " ("
              + e.getMessage()
              + "): "
              + FIX,
          e);
    }
  }

  static List<X509Certificate> read(Path pem) throws IOException, GeneralSecurityException {
    List<X509Certificate> out = new ArrayList<>();
    try (InputStream in =
        new ByteArrayInputStream(SmallFile.read(pem, "The trusted CA file (trustedCaFile)"))) {
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        out.add((X509Certificate) c);
      }
    }
    if (out.isEmpty()) {
      throw new GeneralSecurityException("no certificate in it");
    }
    return out;
  }

  private static X509TrustManager trustManager(KeyStore ks) throws GeneralSecurityException {
    TrustManagerFactory f =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(ks);
    for (TrustManager tm : f.getTrustManagers()) {
      if (tm instanceof X509TrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager");
  }

  public OkHttpClient.Builder apply(OkHttpClient.Builder b) {
    return b.sslSocketFactory(context.getSocketFactory(), trustManager);
  }
}
