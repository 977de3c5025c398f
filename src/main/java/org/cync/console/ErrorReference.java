package org.cync.console;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ties an error page to its log line: the page shows only a short reference, the log has the same
 * reference beside the request and the exception, so support can find it without the page telling
 * an attacker anything about CYNC's insides.
 */
final class ErrorReference {
  private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

  /** The request attribute that carries a reference already logged, to the error page. */
  static final String ATTRIBUTE = ErrorReference.class.getName();

  private ErrorReference() {}

  /** 8 hex characters: enough to tell one day's errors apart, short enough to read out. */
  static String next() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }

  static boolean isReference(String text) {
    return text != null && text.matches("[0-9a-f]{8}");
  }

  /** Logs the failure under a new reference and returns it. */
  static String log(String method, String uri, Throwable failure) {
    String reference = next();
    LOG.log(
        Level.SEVERE, failure, () -> "Error reference " + reference + " on " + method + " " + uri);
    return reference;
  }
}
