package org.cync.connection.check;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Turns what Entra ID and Graph answer into the sentence an administrator acts on. Microsoft's own
 * text is kept after it, so nothing is hidden.
 */
public final class MicrosoftErrors {
  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

  private static final Map<String, String> SIGN_IN =
      Map.ofEntries(
          Map.entry(
              "90002",
              "Invalid tenant: no tenant has this Tenant ID. Use the Directory (tenant) ID GUID from"
                  + " the App Registration's overview page."),
          Map.entry(
              "900023",
              "Invalid tenant: the Tenant ID is not a valid tenant identifier. Use the Directory"
                  + " (tenant) ID GUID from the App Registration's overview page."),
          Map.entry(
              "700016",
              "Application (client) ID not found in this tenant: copy the Application (client) ID"
                  + " from the App Registration's overview page, and check that the Tenant ID is"
                  + " the tenant where the app is registered."),
          Map.entry(
              "700027",
              "This certificate (thumbprint %s) is not uploaded to the App Registration: upload its"
                  + " .cer under Certificates & secrets → Certificates, then test again."),
          Map.entry(
              "700024",
              "The server clock is off: Entra ID rejected the sign-in as outside its validity"
                  + " window. Synchronise this server's clock (NTP / w32time) and test again."),
          Map.entry(
              "700023",
              "The sign-in was addressed to the wrong token endpoint: check the authority host"
                  + " (https://login.microsoftonline.com for the public cloud)."),
          Map.entry(
              "7000216",
              "Entra ID received no credential: the certificate could not be sent. Check that it is"
                  + " in the key store and test again."),
          Map.entry(
              "7000215",
              "Entra ID expected a different credential: this app uses a certificate; upload its"
                  + " .cer to the App Registration."),
          Map.entry(
              "50013",
              "The sign-in assertion was rejected as replayed or malformed: check the server clock"
                  + " and test again."),
          Map.entry(
              "7000112",
              "The application is disabled in this tenant: enable it under Enterprise applications"
                  + " → Properties (Enabled for users to sign-in)."),
          Map.entry(
              "500011",
              "Microsoft Graph is not available to this tenant's apps: check the Graph base URL and"
                  + " authority host belong to the same cloud."),
          Map.entry(
              "900144",
              "The sign-in request was incomplete (a required parameter was missing): report this"
                  + " as a CYNC bug."));

  private static final Map<String, String> GRAPH =
      Map.of(
          "Authorization_RequestDenied",
          "Insufficient privileges: grant admin consent for the application permissions"
              + " User.Read.All and Group.Read.All (API permissions → Grant admin consent), then"
              + " Reconnect.",
          "ErrorAccessDenied",
          "Access to the mailbox was denied: grant admin consent for the application permission"
              + " Contacts.ReadWrite, and check that no application access policy excludes this"
              + " mailbox; then Reconnect.",
          "MailboxNotEnabledForRESTAPI",
          "This user has no Exchange Online mailbox (no licence, or an on-premises mailbox): it is"
              + " skipped as a target.",
          "InvalidAuthenticationToken",
          "Graph did not accept the token: check that the Graph base URL and authority host belong"
              + " to the same cloud, then Reconnect.",
          "ApplicationThrottled",
          "Microsoft is throttling this app for this mailbox: CYNC waits as told and retries.",
          "ErrorItemNotFound",
          "The item no longer exists in the mailbox (deleted by the user or another tool).",
          "Request_ResourceNotFound",
          "The user or group no longer exists in the directory.");

  private MicrosoftErrors() {}

  /** The AADSTS code in an error (or its causes), if there is one. */
  public static Optional<String> aadstsCode(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null) {
        Matcher m = AADSTS.matcher(c.getMessage());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** What to do about a failed sign-in; {@code thumbprint} names the certificate used. */
  public static String signIn(Throwable t, String thumbprint) {
    Optional<String> code = aadstsCode(t);
    String original = firstLine(t);
    if (code.isPresent() && SIGN_IN.containsKey(code.get())) {
      String skew = code.get().equals("700024") ? clockOffset(original) : "";
      return "AADSTS"
          + code.get()
          + ": "
          + String.format(SIGN_IN.get(code.get()), thumbprint)
          + skew
          + " (Entra ID said: "
          + original
          + ")";
    }
    return network(t)
        .orElse(
            "Sign-in failed: "
                + original
                + (code.isPresent()
                    ? " — look up AADSTS"
                        + code.get()
                        + " at https://login.microsoftonline.com/error?code="
                        + code.get()
                    : ""));
  }

  private static final Pattern TIMES =
      Pattern.compile("Current time: (\\S+?Z).*?valid from (\\S+?Z)", Pattern.DOTALL);

  /**
   * From AADSTS700024's text ("Current time: …, assertion valid from …"): how far this server's
   * clock is from Microsoft's, since our assertions are valid from the moment we sign them.
   */
  static String clockOffset(String message) {
    Matcher m = TIMES.matcher(message);
    if (!m.find()) {
      return "";
    }
    try {
      long seconds =
          java.time.Duration.between(
                  java.time.Instant.parse(m.group(2)), java.time.Instant.parse(m.group(1)))
              .getSeconds();
      long minutes = Math.round(Math.abs(seconds) / 60.0);
      return " This server's clock is about "
          + minutes
          + " minutes "
          + (seconds > 0 ? "behind" : "ahead of")
          + " Microsoft's.";
    } catch (java.time.format.DateTimeParseException e) {
      return "";
    }
  }

  /** What to do about a Graph error code, or null for codes without advice. */
  public static String graph(String code) {
    return code == null ? null : GRAPH.get(code);
  }

  /** Connection-level failures: DNS, refused, timeout, TLS. */
  public static Optional<String> network(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UnknownHostException) {
        return Optional.of(
            "Cannot resolve "
                + c.getMessage()
                + ": check DNS and the proxy settings of this server, and the authority host and"
                + " Graph base URL.");
      }
      if (c instanceof ConnectException || c instanceof SocketTimeoutException) {
        return Optional.of(
            "Cannot reach Microsoft ("
                + c.getMessage()
                + "): allow outbound HTTPS from this server to the authority host and Graph, or"
                + " configure the proxy.");
      }
      if (c instanceof SSLException) {
        return Optional.of(
            "The TLS connection failed ("
                + c.getMessage()
                + "): if a proxy inspects TLS, give its CA certificate as the trusted CA file.");
      }
    }
    return Optional.empty();
  }

  static String firstLine(Throwable t) {
    Throwable c = t;
    String m = c.getMessage();
    while ((m == null || m.isBlank()) && c.getCause() != null) {
      c = c.getCause();
      m = c.getMessage();
    }
    if (m == null) {
      return c.getClass().getSimpleName();
    }
    m = m.lines().findFirst().orElse("").strip();
    return m.length() > 400 ? m.substring(0, 400) + "…" : m;
  }
}
