package org.cync.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of the PATCH that turns one contact into another: only the Graph properties whose value
 * differs, so phones do not flicker and nothing is deleted and recreated. A field that became empty
 * is sent as null (an address as its five parts null) so Exchange clears it; lists are sent whole
 * when any element differs, as Graph replaces collections.
 */
public final class ContactPatch {

  private ContactPatch() {}

  /** Empty when nothing CYNC owns changed. Serialize with nulls kept. */
  public static Map<String, Object> changes(ContactCard before, ContactCard after) {
    if (!before.sourceId().equals(after.sourceId())) {
      throw new IllegalArgumentException(
          "a patch never turns one person into another: "
              + before.sourceId()
              + " → "
              + after.sourceId());
    }
    Map<String, Object> old = ContactFields.render(before);
    Map<String, Object> changes = new LinkedHashMap<>();
    ContactFields.render(after)
        .forEach(
            (name, value) -> {
              if (!Objects.equals(old.get(name), value)) {
                changes.put(name, value);
              }
            });
    return changes;
  }
}
