package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.cync.connection.ConnectionSettings;
import org.junit.jupiter.api.Test;

class MirrorIdentityTest {
  static ConnectionSettings at(String tenant, String graph) {
    ConnectionSettings s = new ConnectionSettings();
    s.setTenantId(tenant);
    s.setGraphBaseUrl(graph);
    return s;
  }

  @Test
  void theSameTenantAtTheSameEndpointIsTheSameDirectory() {
    assertEquals(
        MirrorIdentity.of(at("AAAA-1", "https://graph.microsoft.com/v1.0/")),
        MirrorIdentity.of(at("aaaa-1", "https://graph.microsoft.com/v1.0")));
  }

  @Test
  void anotherTenantOrAnotherEndpointIsAnotherDirectory() {
    String here = MirrorIdentity.of(at("t1", "https://graph.microsoft.com/v1.0"));
    assertNotEquals(here, MirrorIdentity.of(at("t2", "https://graph.microsoft.com/v1.0")));
    assertNotEquals(here, MirrorIdentity.of(at("t1", "http://127.0.0.1:41001/v1.0")));
  }
}
