package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionStoreTest {
  private static final String TENANT = "8a3c52f0-1b2e-4d8f-9c61-2f0e5b7d9a41";

  @Test
  void identicalSettingsHaveNoDifferences() {
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId(TENANT);
    assertEquals(List.of(), ConnectionStore.differences(s, s.copy()));
  }

  @Test
  void onlyChangedFieldsAreListedWithBeforeAndAfter() {
    ConnectionSettings before = new ConnectionSettings();
    before.setTenantId(TENANT);
    before.setClientId("c1");
    ConnectionSettings after = before.copy();
    after.setClientId("c2");
    after.setGraphBaseUrl("https://graph.microsoft.us/v1.0");
    assertEquals(
        List.of(
            "Client ID: c1 → c2",
            "Graph base URL: https://graph.microsoft.com/v1.0 → https://graph.microsoft.us/v1.0"),
        ConnectionStore.differences(before, after));
  }

  @Test
  void nullIsShownAsNoneOnEitherSide() {
    ConnectionSettings before = new ConnectionSettings();
    before.setThumbprint("AA");
    ConnectionSettings after = new ConnectionSettings();
    after.setTenantId(TENANT);
    after.setTrustedCaFile("/ca.pem");
    assertEquals(
        List.of(
            "Tenant ID: (none) → " + TENANT,
            "Certificate thumbprint: AA → (none)",
            "Trusted CA file: (none) → /ca.pem"),
        ConnectionStore.differences(before, after));
  }

  @Test
  void certificateLifecycleFieldsAreCompared() {
    ConnectionSettings before = new ConnectionSettings();
    ConnectionSettings after = new ConnectionSettings();
    after.setPendingThumbprint("BB");
    after.retire("CC", java.time.Instant.EPOCH);
    assertEquals(
        List.of("New certificate: (none) → BB", "Retired certificate: (none) → CC"),
        ConnectionStore.differences(before, after));
  }
}
