package org.cync.mailbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cync.contacts.ContactFields;
import org.cync.contacts.Marker;
import org.cync.graphbatch.ContactPaths;
import org.cync.graphbatch.GraphJson;

/**
 * Reads every contact of a folder with only what recognising ours needs: the ID and our marker (and
 * the original product's, for adoption), plus the synced fields for a full reconcile. 1,000 a page,
 * so even a 10,000-contact folder costs ten requests.
 */
public final class ContactScan {
  static final int PAGE = 1000;
  private static final String EXTENSION_ID = "Microsoft.OutlookServices.OpenTypeExtension.";

  /** One contact in the folder; the source IDs are null without the marker. */
  public record Found(
      String contactId, String ourSourceId, String adoptableSourceId, Map<String, Object> json) {}

  private final GraphJson graph;

  public ContactScan(GraphJson graph) {
    this.graph = graph;
  }

  public List<Found> folder(String mailbox, String folderId, boolean withFields, boolean adoptable)
      throws IOException {
    String filter = "id eq '" + EXTENSION_ID + Marker.EXTENSION_NAME + "'";
    if (adoptable) {
      filter += " or id eq '" + EXTENSION_ID + Marker.ADOPTABLE_EXTENSION + "'";
    }
    String select = withFields ? "id," + String.join(",", ContactFields.ALL) : "id";
    String url =
        ContactPaths.contacts(mailbox, folderId)
            + "?$top="
            + PAGE
            + "&$select="
            + GraphJson.query(select)
            + "&$expand="
            + GraphJson.query("extensions($filter=" + filter + ")");
    List<Found> found = new ArrayList<>();
    while (url != null) {
      Map<String, Object> page = graph.get(url);
      if (page.get("value") instanceof List<?> items) {
        for (Object item : items) {
          @SuppressWarnings("unchecked")
          Map<String, Object> c = (Map<String, Object>) item;
          found.add(
              new Found(
                  (String) c.get("id"),
                  Marker.sourceIdOf(c).orElse(null),
                  adoptable ? Marker.adoptableSourceId(c).orElse(null) : null,
                  withFields ? c : null));
        }
      }
      url = (String) page.get("@odata.nextLink");
    }
    return found;
  }
}
