package org.cync.alerts;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Says what a failed send means and what to do, from Jakarta Mail's exception and its causes: the
 * administrator sees this after "Send a test mail", not a stack trace.
 */
final class SmtpFailures {
  private SmtpFailures() {}

  static String explain(MessagingException e, AlertSettings s) {
    String server = s.getHost() + ":" + s.getPort();
    if (e instanceof AuthenticationFailedException) {
      return "The SMTP server "
          + server
          + " refused the sign-in of user '"
          + s.getUsername()
          + "': check the user and password (with Microsoft 365, SMTP AUTH must be allowed for"
          + " that mailbox).";
    }
    if (e instanceof SendFailedException) {
      return "The SMTP server "
          + server
          + " refused the sender or a recipient: check that "
          + s.getSender()
          + " may send through it and that the recipients are right.";
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof UnknownHostException) {
        return "The SMTP host " + s.getHost() + " is not known: check its name.";
      }
      if (c instanceof ConnectException) {
        return "Nothing answers at "
            + server
            + " (connection refused): check host and port (usually 587 for STARTTLS, 465 for"
            + " TLS, 25 without).";
      }
      if (c instanceof SocketTimeoutException) {
        return "The SMTP server "
            + server
            + " did not answer in time: check host, port and firewall.";
      }
      if (c instanceof SSLException) {
        return "The TLS connection to "
            + server
            + " failed: check the security setting (TLS on port 465, STARTTLS on 587) and that"
            + " the server's certificate is trusted.";
      }
    }
    String m = String.valueOf(e.getMessage());
    if (m.contains("STARTTLS")) {
      return "The SMTP server "
          + server
          + " does not offer STARTTLS: choose TLS (port 465) or ask for STARTTLS to be enabled.";
    }
    return "Sending through " + server + " failed: " + (m.length() > 300 ? m.substring(0, 300) : m);
  }
}
