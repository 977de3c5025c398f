package org.cync.connection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cync.connection.certificate.Expiry;
import org.cync.connection.certificate.StoredCertificate;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;

/** JSON shapes of the connection for {@code /api}: public facts only, never key material. */
final class ConnectionViews {
  private ConnectionViews() {}

  static Map<String, Object> settings(Connection connection) {
    ConnectionSettings s = connection.current();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tenantId", s.getTenantId());
    out.put("clientId", s.getClientId());
    out.put("thumbprint", s.getThumbprint());
    out.put("pendingThumbprint", s.getPendingThumbprint());
    out.put("authorityHost", s.getAuthorityHost());
    out.put("graphBaseUrl", s.getGraphBaseUrl());
    out.put("trustedCaFile", s.getTrustedCaFile());
    out.put("certificate", certificate(connection, s.getThumbprint()));
    out.put("pendingCertificate", certificate(connection, s.getPendingThumbprint()));
    connection.lastTest().ifPresent(c -> out.put("lastTest", checklist(c)));
    return out;
  }

  static Map<String, Object> certificate(Connection connection, String thumbprint) {
    return connection.certificate(thumbprint).map(ConnectionViews::describe).orElse(null);
  }

  private static Map<String, Object> describe(StoredCertificate c) {
    Map<String, Object> out = new LinkedHashMap<>();
    Expiry e = Expiry.of(c.certificate(), java.time.Instant.now());
    out.put("thumbprint", c.thumbprint());
    out.put("subject", c.certificate().getSubjectX500Principal().getName());
    out.put("notBefore", c.certificate().getNotBefore().toInstant().toString());
    out.put("notAfter", c.certificate().getNotAfter().toInstant().toString());
    out.put("daysLeft", e.daysLeft());
    out.put("expiry", e.state().name());
    out.put("status", e.describe());
    out.put("hasPrivateKey", c.hasPrivateKey());
    return out;
  }

  static Map<String, Object> checklist(Checklist c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ok", c.ok());
    out.put("at", c.at().toString());
    out.put("millis", c.millis());
    out.put("thumbprint", c.thumbprint());
    List<Map<String, String>> lines = new ArrayList<>();
    for (CheckLine l : c.lines()) {
      lines.add(Map.of("name", l.name(), "status", l.status().name(), "detail", l.detail()));
    }
    out.put("lines", lines);
    return out;
  }
}
