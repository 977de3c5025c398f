package org.cync.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * Where alert mails go and through which SMTP server; one row. The SMTP password is not here but in
 * {@link SmtpPassword}. No host means alerts are off.
 */
@Entity
@Table(name = "ALERT_SETTINGS")
public class AlertSettings {
  static final String SINGLETON_ID = "alerts";

  /** How the connection to the SMTP server is protected. */
  public enum Security {
    NONE,
    STARTTLS,
    TLS
  }

  @Id
  @Column(length = 16)
  private String id = SINGLETON_ID;

  private String host;
  private int port = 587;

  @Column(length = 16)
  private String security = Security.STARTTLS.name();

  private String username;
  private String sender;

  @Column(length = 2048)
  private String recipients;

  /** The console's address, for links in mails (e.g. https://cync.example.com). */
  private String consoleUrl;

  public AlertSettings() {}

  AlertSettings(
      String host,
      int port,
      Security security,
      String username,
      String sender,
      List<String> recipients,
      String consoleUrl) {
    this.host = host;
    this.port = port;
    this.security = security.name();
    this.username = username;
    this.sender = sender;
    this.recipients = String.join(",", recipients);
    this.consoleUrl = consoleUrl;
  }

  void copyFrom(AlertSettings o) {
    host = o.host;
    port = o.port;
    security = o.security;
    username = o.username;
    sender = o.sender;
    recipients = o.recipients;
    consoleUrl = o.consoleUrl;
  }

  public boolean isEnabled() {
    return host != null && !host.isBlank() && !getRecipients().isEmpty() && sender != null;
  }

  public String getHost() {
    return host;
  }

  public int getPort() {
    return port;
  }

  public Security getSecurity() {
    return Security.valueOf(security);
  }

  public String getUsername() {
    return username;
  }

  public String getSender() {
    return sender;
  }

  public List<String> getRecipients() {
    return recipients == null || recipients.isBlank()
        ? List.of()
        : Arrays.stream(recipients.split(",")).map(String::strip).toList();
  }

  public String getConsoleUrl() {
    return consoleUrl;
  }

  @Override
  public String toString() {
    return "host=%s port=%d security=%s user=%s sender=%s recipients=%s console=%s"
        .formatted(host, port, security, username, sender, getRecipients(), consoleUrl);
  }
}
