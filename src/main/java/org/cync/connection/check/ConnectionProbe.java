package org.cync.connection.check;

import java.util.Set;
import org.cync.connection.ConnectionSettings;
import org.cync.connection.certificate.CertificateProblem;

/**
 * What Test Connection asks of the outside world, one question per checklist line, so the
 * checklist's logic is tested without a tenant and {@link LiveProbe} answers with the real
 * libraries. Every call signs in afresh: a test never uses a cached token.
 */
public interface ConnectionProbe {
  /** Problems of the certificate (empty: usable), or a problem when it is not in the store. */
  CertificateState certificate(String thumbprint) throws CertificateProblem;

  /** The application roles of a freshly acquired token. */
  Set<String> signIn(ConnectionSettings s) throws Exception;

  /** Reads one user of the directory; returns a short description of it. */
  String readDirectory(ConnectionSettings s) throws Exception;

  /** Reads the contact folders of {@code mailbox}; returns a short description. */
  String readMailbox(ConnectionSettings s, String mailbox) throws Exception;

  /** The certificate's problems (blocking) and its expiry description (with a warning flag). */
  record CertificateState(java.util.List<String> problems, String expiry, boolean expiresSoon) {}
}
