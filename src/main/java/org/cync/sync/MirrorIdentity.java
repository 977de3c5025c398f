package org.cync.sync;

import java.util.Locale;
import org.cync.connection.ConnectionSettings;

/**
 * Names the directory a mirror and its delta link belong to: the tenant and the Graph endpoint it
 * is read at. A delta link works only against the endpoint and tenant that issued it; after a
 * switch to another tenant, or the simulated tenant started again at another address, the next run
 * must read the new directory in full instead of failing on the old link. Pure.
 */
final class MirrorIdentity {
  private MirrorIdentity() {}

  static String of(ConnectionSettings s) {
    String graph = s.getGraphBaseUrl() == null ? "" : s.getGraphBaseUrl().trim();
    while (graph.endsWith("/")) {
      graph = graph.substring(0, graph.length() - 1);
    }
    String tenant = s.getTenantId() == null ? "" : s.getTenantId().trim();
    return ("tenant " + tenant + " at " + graph).toLowerCase(Locale.ROOT);
  }
}
