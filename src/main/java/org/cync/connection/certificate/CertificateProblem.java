package org.cync.connection.certificate;

/**
 * Something an Exchange/Entra administrator must fix about the certificate or its store; the
 * message is one sentence saying what is wrong and how to fix it, ready to show on a page.
 */
public class CertificateProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public CertificateProblem(String message) {
    super(message);
  }

  public CertificateProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
