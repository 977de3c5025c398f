package org.cync.alerts;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one mail through the configured SMTP server with Jakarta Mail (Payara ships Angus Mail); a
 * failure comes back as what to do ({@link SmtpFailures}), never as an exception text. A new
 * session per mail: alerts are rare, and a changed setting then applies at once.
 */
final class MailSender {
  static final int TIMEOUT_MILLIS = 20_000;

  private MailSender() {}

  /** Sends {@code mail}; empty when it went, else why not. */
  static Optional<String> send(AlertSettings s, char[] password, AlertMail mail) {
    try {
      MimeMessage m = new MimeMessage(session(s, password));
      m.setFrom(new InternetAddress(s.getSender()));
      for (String to : s.getRecipients()) {
        m.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      }
      m.setSubject(mail.subject(), "UTF-8");
      m.setText(mail.body(), "UTF-8");
      m.setSentDate(new Date());
      m.saveChanges();
      try (Transport t = m.getSession().getTransport(tls(s) ? "smtps" : "smtp")) {
        if (hasUser(s)) {
          t.connect(s.getUsername(), password == null ? "" : new String(password));
        } else {
          t.connect();
        }
        t.sendMessage(m, m.getAllRecipients());
      }
      return Optional.empty();
    } catch (MessagingException e) {
      return Optional.of(SmtpFailures.explain(e, s));
    }
  }

  static Session session(AlertSettings s, char[] password) {
    String p = tls(s) ? "mail.smtps." : "mail.smtp.";
    Properties props = new Properties();
    props.put(p + "host", s.getHost());
    props.put(p + "port", Integer.toString(s.getPort()));
    props.put(p + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "timeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "auth", Boolean.toString(hasUser(s)));
    if (s.getSecurity() == AlertSettings.Security.STARTTLS) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    if (s.getSecurity() != AlertSettings.Security.NONE) {
      props.put(p + "ssl.checkserveridentity", "true");
    }
    return Session.getInstance(props);
  }

  private static boolean tls(AlertSettings s) {
    return s.getSecurity() == AlertSettings.Security.TLS;
  }

  private static boolean hasUser(AlertSettings s) {
    return s.getUsername() != null && !s.getUsername().isBlank();
  }
}
