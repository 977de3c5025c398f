package org.cync.mailbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/mailboxes}: every mailbox CYNC writes to (or still has to clean up), with its folder,
 * the contacts CYNC holds there and what the last attempt found.
 */
@Path("mailboxes")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {
  @Inject MailboxState state;

  @GET
  public List<Map<String, Object>> all() {
    Map<String, Long> held = state.heldPerMailbox();
    List<Map<String, Object>> out = new ArrayList<>();
    for (TargetMailbox t : state.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("userId", t.getUserId());
      m.put("userPrincipalName", t.getUserPrincipalName());
      m.put("displayName", t.getDisplayName());
      m.put("target", t.isWanted());
      m.put("folderId", t.getFolderId());
      m.put("contacts", held.getOrDefault(t.getUserId(), 0L));
      m.put("status", t.getStatus() == null ? null : t.getStatus().name());
      m.put("message", t.getMessage());
      out.add(m);
    }
    return out;
  }
}
