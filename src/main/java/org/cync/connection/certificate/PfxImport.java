package org.cync.connection.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bring your own certificate: a PFX exported from another machine or a company CA. It is checked
 * with {@link CertificateRules} before anything is installed; when the file holds several keys, the
 * one usable certificate is taken, or the admin is told which entries there are.
 */
public final class PfxImport {
  private static final String EXPORT_AGAIN =
      "export it again (certlm.msc > the certificate > All Tasks > Export, \"Yes, export the"
          + " private key\")";

  private PfxImport() {}

  /** Installs the usable key entry of the PFX into the store and returns its thumbprint. */
  public static String importInto(CertificateStore store, byte[] pfx, char[] password, Instant now)
      throws CertificateProblem {
    if (pfx == null || pfx.length == 0) {
      throw new CertificateProblem("The PFX file is empty: choose the .pfx or .p12 file again.");
    }
    try {
      char[] pw = password == null ? new char[0] : password;
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(pfx), pw);
      List<String> keyAliases = new ArrayList<>();
      List<String> described = new ArrayList<>();
      String usable = null;
      int usableCount = 0;
      List<String> firstProblems = List.of();
      for (String alias : Collections.list(ks.aliases())) {
        if (!(ks.getCertificate(alias) instanceof X509Certificate c)) {
          continue;
        }
        boolean key = ks.isKeyEntry(alias);
        List<String> problems = CertificateRules.problems(c, key, now);
        described.add("\"" + alias + "\" (" + Thumbprint.sha1(c) + (key ? ")" : ", no key)"));
        if (key) {
          keyAliases.add(alias);
          if (problems.isEmpty()) {
            usable = alias;
            usableCount++;
          } else if (firstProblems.isEmpty()) {
            firstProblems = problems;
          }
        }
      }
      if (keyAliases.isEmpty()) {
        throw new CertificateProblem(
            "The PFX contains no private key (entries: "
                + (described.isEmpty() ? "none" : String.join(", ", described))
                + "): "
                + EXPORT_AGAIN
                + ".");
      }
      if (keyAliases.size() == 1 && usableCount == 0) {
        throw new CertificateProblem(
            "The certificate in the PFX cannot be used: " + String.join(" ", firstProblems));
      }
      if (usableCount != 1) {
        throw new CertificateProblem(
            "The PFX holds "
                + keyAliases.size()
                + " keys and "
                + (usableCount == 0 ? "none" : usableCount)
                + " of them can be used (entries: "
                + String.join(", ", described)
                + "): export only the certificate CYNC should use, with its private key.");
      }
      X509Certificate cert = (X509Certificate) ks.getCertificate(usable);
      if (!(ks.getKey(usable, pw) instanceof PrivateKey key)) {
        throw new CertificateProblem("The PFX entry \"" + usable + "\" holds no private key.");
      }
      return store.install(key, cert);
    } catch (IOException | GeneralSecurityException e) {
      throw new CertificateProblem(
          "The PFX password is wrong (or the file is damaged): type the password the PFX was"
              + " exported with, or "
              + EXPORT_AGAIN
              + ".",
          e);
    }
  }
}
