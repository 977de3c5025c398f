package org.cync.connection;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.Thumbprint;
import org.cync.limits.TextLimits;

/**
 * Checks and tidies what an administrator typed before anything is saved: each field gets one
 * sentence naming the mistake and where the right value is found.
 */
public final class ConnectionRules {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private ConnectionRules() {}

  /**
   * Size and character checks made before anything else (and before any lock is taken): IDs and the
   * thumbprint at most {@link TextLimits#NAME} characters, URLs and the file path at most {@link
   * TextLimits#LONG_TEXT}, none with a control character. Returns the problems by field.
   */
  public static Map<String, String> bounded(ConnectionSettings s) {
    Map<String, String> problems = new LinkedHashMap<>();
    check("tenantId", s.getTenantId(), TextLimits.NAME, problems);
    check("clientId", s.getClientId(), TextLimits.NAME, problems);
    check("thumbprint", s.getThumbprint(), TextLimits.NAME, problems);
    check("authorityHost", s.getAuthorityHost(), TextLimits.LONG_TEXT, problems);
    check("graphBaseUrl", s.getGraphBaseUrl(), TextLimits.LONG_TEXT, problems);
    check("trustedCaFile", s.getTrustedCaFile(), TextLimits.LONG_TEXT, problems);
    return problems;
  }

  /** Each field as the Connection page labels it, for the messages beside it. */
  static final Map<String, String> LABELS =
      Map.of(
          "tenantId", "Tenant ID",
          "clientId", "Client ID",
          "thumbprint", "Certificate thumbprint",
          "authorityHost", "Authority host",
          "graphBaseUrl", "Graph base URL",
          "trustedCaFile", "Extra trusted CA");

  private static void check(String field, String value, int max, Map<String, String> problems) {
    TextLimits.problem(LABELS.get(field), value, max).ifPresent(p -> problems.put(field, p));
  }

  /**
   * Tidies {@code s} in place (trims, lower-cases GUIDs, normalizes the thumbprint) and returns the
   * problems by field name; empty means it may be saved.
   */
  public static Map<String, String> tidy(ConnectionSettings s) {
    Map<String, String> problems = new LinkedHashMap<>();
    s.setTenantId(guid(s.getTenantId(), "tenantId", problems));
    s.setClientId(guid(s.getClientId(), "clientId", problems));
    String thumb = trim(s.getThumbprint());
    if (thumb != null) {
      try {
        s.setThumbprint(Thumbprint.normalize(thumb));
      } catch (CertificateProblem e) {
        problems.put("thumbprint", e.getMessage());
      }
    }
    s.setThumbprint(thumb == null ? null : s.getThumbprint());
    s.setAuthorityHost(
        url(
            s.getAuthorityHost(),
            ConnectionSettings.PUBLIC_AUTHORITY,
            "authorityHost",
            false,
            problems));
    s.setGraphBaseUrl(
        url(s.getGraphBaseUrl(), ConnectionSettings.PUBLIC_GRAPH, "graphBaseUrl", true, problems));
    s.setTrustedCaFile(trim(s.getTrustedCaFile()));
    return problems;
  }

  static String guid(String value, String field, Map<String, String> problems) {
    String v = trim(value);
    String label = field.equals("tenantId") ? "Tenant ID" : "Client ID";
    String where =
        field.equals("tenantId")
            ? "the Directory (tenant) ID GUID from the App Registration's overview page"
            : "the Application (client) ID GUID from the App Registration's overview page";
    if (v == null) {
      problems.put(field, label + " is missing: enter " + where + ".");
    } else if (GUID.matcher(v).matches()) {
      return v.toLowerCase(Locale.ROOT);
    } else if (field.equals("tenantId") && DOMAIN.matcher(v).matches()) {
      problems.put(
          field,
          "\""
              + v
              + "\" is a domain name: use the Directory (tenant) ID GUID from the App"
              + " Registration's overview page, not the domain name.");
    } else {
      problems.put(
          field,
          label
              + " \""
              + v
              + "\" is not a GUID (like 8a3c52f0-1b2e-4d8f-9c61-2f0e5b7d9a41): use "
              + where
              + ".");
    }
    return v;
  }

  private static String url(
      String value, String fallback, String field, boolean graph, Map<String, String> problems) {
    String v = trim(value);
    if (v == null) {
      return fallback;
    }
    while (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    String label = graph ? "Graph base URL" : "Authority host";
    try {
      URI uri = new URI(v);
      if (uri.getHost() == null || uri.getScheme() == null) {
        problems.put(field, label + " \"" + v + "\" is not an absolute URL like " + fallback + ".");
      } else if (!graph && !"https".equalsIgnoreCase(uri.getScheme())) {
        problems.put(
            field,
            label + " must use https (Entra ID only signs in over TLS), like " + fallback + ".");
      } else if (graph && !v.endsWith("/v1.0")) {
        problems.put(
            field,
            label
                + " must end in /v1.0 (for example "
                + fallback
                + "): CYNC uses Graph v1.0 only.");
      }
    } catch (java.net.URISyntaxException e) {
      problems.put(field, label + " \"" + v + "\" is not a URL: " + e.getReason() + ".");
    }
    return v;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
