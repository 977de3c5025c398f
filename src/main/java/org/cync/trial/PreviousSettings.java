package org.cync.trial;

import com.google.gson.Gson;
import java.util.HashMap;
import java.util.Map;
import org.cync.connection.ConnectionSettings;

/**
 * The connection the simulated tenant replaced, kept as JSON so stopping it gives the real one
 * back. Only public facts (IDs, thumbprint, URLs); an empty string clears a field on restore.
 */
final class PreviousSettings {
  private static final Gson GSON = new Gson();

  private PreviousSettings() {}

  static String toJson(ConnectionSettings s) {
    Map<String, String> m = new HashMap<>();
    m.put("tenantId", orEmpty(s.getTenantId()));
    m.put("clientId", orEmpty(s.getClientId()));
    m.put("thumbprint", orEmpty(s.getThumbprint()));
    m.put("authorityHost", orEmpty(s.getAuthorityHost()));
    m.put("graphBaseUrl", orEmpty(s.getGraphBaseUrl()));
    m.put("trustedCaFile", orEmpty(s.getTrustedCaFile()));
    return GSON.toJson(m);
  }

  @SuppressWarnings("unchecked")
  static ConnectionSettings fromJson(String json) {
    Map<String, String> m = json == null ? Map.of() : GSON.fromJson(json, Map.class);
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId(m.getOrDefault("tenantId", ""));
    s.setClientId(m.getOrDefault("clientId", ""));
    s.setThumbprint(m.getOrDefault("thumbprint", ""));
    s.setAuthorityHost(m.getOrDefault("authorityHost", ""));
    s.setGraphBaseUrl(m.getOrDefault("graphBaseUrl", ""));
    s.setTrustedCaFile(m.getOrDefault("trustedCaFile", ""));
    return s;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
