package org.cync.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/audit}: the most recent changes, newest first. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditTrail audit;

  @GET
  public List<Map<String, String>> recent(@QueryParam("max") Integer max) {
    return audit.recent(max == null ? 50 : Math.max(1, Math.min(max, 1000))).stream()
        .map(
            e -> {
              Map<String, String> m = new LinkedHashMap<>();
              m.put("at", e.getAt().toString());
              m.put("actor", e.getActor());
              m.put("action", e.getAction());
              m.put("detail", e.getDetail());
              return m;
            })
        .toList();
  }
}
