package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionRulesTest {
  private static final String TENANT = "8a3c52f0-1b2e-4d8f-9c61-2f0e5b7d9a41";
  private static final String CLIENT = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
  private static final String THUMB = "0123456789ABCDEF0123456789ABCDEF01234567";

  private static ConnectionSettings valid() {
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId(TENANT);
    s.setClientId(CLIENT);
    s.setThumbprint(THUMB);
    return s;
  }

  @Test
  void validSettingsHaveNoProblemsAndKeepTheirValues() {
    ConnectionSettings s = valid();
    assertEquals(Map.of(), ConnectionRules.tidy(s));
    assertEquals(TENANT, s.getTenantId());
    assertEquals(CLIENT, s.getClientId());
    assertEquals(THUMB, s.getThumbprint());
    assertEquals(ConnectionSettings.PUBLIC_AUTHORITY, s.getAuthorityHost());
    assertEquals(ConnectionSettings.PUBLIC_GRAPH, s.getGraphBaseUrl());
  }

  @Test
  void guidsAreTrimmedAndLowerCased() {
    ConnectionSettings s = valid();
    s.setTenantId("  " + TENANT.toUpperCase() + "\t");
    s.setClientId(" " + CLIENT.toUpperCase());
    assertEquals(Map.of(), ConnectionRules.tidy(s));
    assertEquals(TENANT, s.getTenantId());
    assertEquals(CLIENT, s.getClientId());
  }

  @Test
  void aDomainNameAsTenantIdIsNamedAsSuch() {
    ConnectionSettings s = valid();
    s.setTenantId("contoso.onmicrosoft.com");
    Map<String, String> problems = ConnectionRules.tidy(s);
    assertEquals(List.of("tenantId"), List.copyOf(problems.keySet()));
    String m = problems.get("tenantId");
    assertTrue(m.contains("\"contoso.onmicrosoft.com\" is a domain name"), m);
    assertTrue(m.contains("not the domain name"), m);
  }

  @Test
  void aNonGuidClientIdShowsWhatAGuidLooksLike() {
    ConnectionSettings s = valid();
    s.setClientId("my-app");
    Map<String, String> problems = ConnectionRules.tidy(s);
    assertEquals(List.of("clientId"), List.copyOf(problems.keySet()));
    String m = problems.get("clientId");
    assertTrue(m.startsWith("Client ID \"my-app\" is not a GUID"), m);
    assertTrue(m.contains("Application (client) ID"), m);
  }

  @Test
  void aDomainNameAsClientIdIsJustNotAGuid() {
    ConnectionSettings s = valid();
    s.setClientId("contoso.com");
    String m = ConnectionRules.tidy(s).get("clientId");
    assertTrue(m.contains("is not a GUID"), m);
  }

  @Test
  void aGuidWithOneDigitTooFewIsRejected() {
    ConnectionSettings s = valid();
    s.setTenantId(TENANT.substring(1));
    assertTrue(ConnectionRules.tidy(s).get("tenantId").contains("is not a GUID"));
  }

  @Test
  void missingAndBlankIdsAreMissing() {
    ConnectionSettings s = valid();
    s.setTenantId(null);
    s.setClientId("   ");
    Map<String, String> problems = ConnectionRules.tidy(s);
    assertEquals(List.of("tenantId", "clientId"), List.copyOf(problems.keySet()));
    assertTrue(problems.get("tenantId").startsWith("Tenant ID is missing"));
    assertTrue(problems.get("clientId").startsWith("Client ID is missing"));
    assertNull(s.getTenantId());
    assertNull(s.getClientId());
  }

  @Test
  void thumbprintLosesSpacesAndColonsAndIsUpperCased() {
    ConnectionSettings s = valid();
    s.setThumbprint(" 01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef 01 23 45 67 ");
    assertEquals(Map.of(), ConnectionRules.tidy(s));
    assertEquals(THUMB, s.getThumbprint());
  }

  @Test
  void aBadThumbprintGivesThumbprintsOwnMessage() {
    ConnectionSettings s = valid();
    s.setThumbprint("xyz");
    Map<String, String> problems = ConnectionRules.tidy(s);
    assertEquals(List.of("thumbprint"), List.copyOf(problems.keySet()));
    assertTrue(problems.get("thumbprint").contains("'x' at position 1"), problems.toString());
  }

  @Test
  void aBlankThumbprintIsNoProblemHereAndBecomesNull() {
    ConnectionSettings s = valid();
    s.setThumbprint("  ");
    assertEquals(Map.of(), ConnectionRules.tidy(s));
    assertNull(s.getThumbprint());
  }

  @Test
  void authorityHostMustBeHttps() {
    ConnectionSettings s = valid();
    s.setAuthorityHost("http://login.microsoftonline.com");
    String m = ConnectionRules.tidy(s).get("authorityHost");
    assertTrue(m.startsWith("Authority host must use https"), m);
  }

  @Test
  void authorityHostWithoutSchemeIsNotAnAbsoluteUrl() {
    ConnectionSettings s = valid();
    s.setAuthorityHost("login.microsoftonline.com");
    String m = ConnectionRules.tidy(s).get("authorityHost");
    assertTrue(m.contains("is not an absolute URL"), m);
  }

  @Test
  void graphBaseUrlMustEndInV1() {
    ConnectionSettings s = valid();
    s.setGraphBaseUrl("https://graph.microsoft.com/beta");
    Map<String, String> problems = ConnectionRules.tidy(s);
    assertEquals(List.of("graphBaseUrl"), List.copyOf(problems.keySet()));
    assertTrue(problems.get("graphBaseUrl").contains("must end in /v1.0"));
  }

  @Test
  void aSyntacticallyBrokenUrlIsReported() {
    ConnectionSettings s = valid();
    s.setGraphBaseUrl("https://graph microsoft.com/v1.0");
    assertTrue(ConnectionRules.tidy(s).get("graphBaseUrl").contains("is not a URL"));
  }

  @Test
  void trailingSlashesAreRemovedBeforeChecking() {
    ConnectionSettings s = valid();
    s.setAuthorityHost(" https://login.microsoftonline.us// ");
    s.setGraphBaseUrl("https://graph.microsoft.us/v1.0/");
    assertEquals(Map.of(), ConnectionRules.tidy(s));
    assertEquals("https://login.microsoftonline.us", s.getAuthorityHost());
    assertEquals("https://graph.microsoft.us/v1.0", s.getGraphBaseUrl());
  }

  @Test
  void blankUrlsFallBackToThePublicCloud() {
    ConnectionSettings s = valid();
    s.setAuthorityHost(" ");
    s.setGraphBaseUrl(null);
    assertEquals(Map.of(), ConnectionRules.tidy(s));
    assertEquals("https://login.microsoftonline.com", s.getAuthorityHost());
    assertEquals("https://graph.microsoft.com/v1.0", s.getGraphBaseUrl());
  }

  @Test
  void trustedCaFileIsTrimmedAndBlankBecomesNull() {
    ConnectionSettings s = valid();
    s.setTrustedCaFile("  /etc/cync/proxy-ca.pem ");
    ConnectionRules.tidy(s);
    assertEquals("/etc/cync/proxy-ca.pem", s.getTrustedCaFile());
    s.setTrustedCaFile(" ");
    ConnectionRules.tidy(s);
    assertNull(s.getTrustedCaFile());
  }

  @Test
  void everyProblemIsReportedAtOnceInFieldOrder() {
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId("contoso.com");
    s.setClientId("nope");
    s.setThumbprint("12");
    s.setAuthorityHost("http://login.microsoftonline.com");
    s.setGraphBaseUrl("https://graph.microsoft.com");
    assertEquals(
        List.of("tenantId", "clientId", "thumbprint", "authorityHost", "graphBaseUrl"),
        List.copyOf(ConnectionRules.tidy(s).keySet()));
  }
}
