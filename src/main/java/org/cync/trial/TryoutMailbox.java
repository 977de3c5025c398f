package org.cync.trial;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.Directory;
import org.cync.settings.SyncOptions;
import org.cync.settings.SyncSettingsStore;

/**
 * What the Mailbox page shows: a mailbox of the simulated tenant and its CYNC folder as a phone
 * lists it (read straight from the sandbox's store, not through Graph, so it costs no throttling).
 */
@ApplicationScoped
public class TryoutMailbox {
  /** A phone list longer than this is cut (the page says so). */
  static final int MAX_CONTACTS = 1000;

  @Inject SimulatedTenant tenant;
  @Inject SyncSettingsStore settings;

  public boolean on() {
    return tenant.isRunning();
  }

  /** The users with a mailbox, by name. */
  public List<UserRow> mailboxes() {
    Optional<GraphSandbox> s = tenant.sandbox();
    if (s.isEmpty()) {
      return List.of();
    }
    Directory d = s.get().directory();
    return d.read(
        () ->
            d.allUsers().stream()
                .filter(u -> !u.deleted() && u.mailboxLicensed())
                .map(UserRow::of)
                .sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT)))
                .toList());
  }

  /** The folder CYNC writes to, as the Sync settings name it. */
  public String folderName() {
    SyncOptions o = settings.current();
    return o.inDefaultFolder() ? "Contacts" : o.folderName();
  }

  /**
   * The CYNC folder's contacts, sorted as a phone sorts them; empty when there is no folder yet.
   */
  public Optional<List<PhoneContact>> phone(String userId) {
    Optional<GraphSandbox> s = tenant.sandbox();
    if (s.isEmpty()
        || userId == null
        || mailboxes().stream().noneMatch(u -> u.id().equals(userId))) {
      return Optional.empty();
    }
    Mailbox m = s.get().mailboxes().mailbox(userId);
    boolean inDefault = settings.current().inDefaultFolder();
    String name = folderName();
    for (JsonElement f : MailboxAdmin.folders(m)) {
      JsonObject folder = f.getAsJsonObject();
      boolean isDefault = folder.get("isDefault").getAsBoolean();
      if (inDefault
          ? isDefault
          : !isDefault && name.equalsIgnoreCase(folder.get("displayName").getAsString())) {
        return Optional.of(contacts(m, folder.get("id").getAsString()));
      }
    }
    return Optional.empty();
  }

  private static List<PhoneContact> contacts(Mailbox m, String folderId) {
    JsonArray stored = MailboxAdmin.contacts(m, folderId);
    List<PhoneContact> out = new ArrayList<>();
    for (JsonElement e : stored == null ? new JsonArray() : stored) {
      JsonObject c = e.getAsJsonObject();
      String id = c.get("id").getAsString();
      byte[] photo = c.get("hasPhoto").getAsBoolean() ? MailboxAdmin.photo(m, id) : null;
      out.add(PhoneContact.of(id, c.getAsJsonObject("stored"), photo));
      if (out.size() >= MAX_CONTACTS) {
        break;
      }
    }
    return PhoneContact.sorted(out);
  }
}
