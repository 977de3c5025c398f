package org.cync.mailbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
  @Inject TargetMailboxes targets;
  @Inject MailboxPlanner planner;
  @Inject MailboxPreview preview;

  @GET
  public List<Map<String, Object>> all() {
    Map<String, Long> held = planner.heldPerMailbox();
    List<Map<String, Object>> out = new ArrayList<>();
    for (TargetMailbox t : targets.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("userId", t.getUserId());
      m.put("userPrincipalName", t.getUserPrincipalName());
      m.put("displayName", t.getDisplayName());
      m.put("target", t.isWanted());
      m.put("folderId", t.getFolderId());
      m.put("contacts", held.getOrDefault(t.getUserId(), 0L));
      // "contacts" is CYNC's record; this says when a scan last saw the mailbox hold it.
      m.put("confirmedByScanAt", t.getConfirmedAt().map(Object::toString).orElse(null));
      m.put("status", t.getStatus() == null ? null : t.getStatus().name());
      m.put("message", t.getMessage());
      out.add(m);
    }
    return out;
  }

  /**
   * {@code GET /api/mailboxes/{id}/pending}: what the next run would change in this mailbox (after
   * a dry run: what it planned), per contact with the fields an update changes. A full reconcile or
   * a scan after a crash may find more.
   */
  @GET
  @Path("{id}/pending")
  public Response pending(@PathParam("id") String id) {
    MailboxPreview.Preview p = preview.of(id);
    if (p == null) {
      return Response.status(404)
          .entity(Map.of("error", "No mailbox " + id + ": see GET /api/mailboxes."))
          .build();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mailboxId", id);
    out.put("displayName", p.mailbox().getDisplayName());
    out.put("counts", p.counts());
    out.put("listed", p.changes().size());
    List<Map<String, Object>> changes = new ArrayList<>();
    for (PendingChanges.Row r : p.changes()) { // JSON-B does not see a record's components
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("kind", r.kind());
      c.put("sourceId", r.sourceId());
      c.put("displayName", r.displayName());
      c.put("fields", r.fields());
      c.put("note", r.note());
      changes.add(c);
    }
    out.put("changes", changes);
    return Response.ok(out).build();
  }
}
