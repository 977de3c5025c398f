package org.cync.testing;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cync.contacts.Marker;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.DirectoryUser;

/**
 * What the sandbox itself holds and counted: the independent truth container tests compare CYNC
 * against (never CYNC's own records). Shared so that every test reads it the same way.
 */
public final class SandboxTruth {
  private static final Gson GSON = new Gson();

  private SandboxTruth() {}

  /** CYNC's default source filter: enabled members (no guests) with a mail address. */
  public static boolean enabledMemberWithMail(DirectoryUser u) {
    return !u.deleted()
        && u.get("accountEnabled").getAsBoolean()
        && !"Guest".equals(u.string("userType"))
        && u.string("mail") != null;
  }

  /** The object ID of the group with this display name. */
  public static String groupNamed(GraphSandbox sandbox, String name) {
    return sandbox
        .directory()
        .read(
            () ->
                sandbox.directory().groups().stream()
                    .filter(g -> name.equals(g.props().get("displayName").getAsString()))
                    .findFirst()
                    .orElseThrow()
                    .id());
  }

  /** Contact writes the sandbox has counted (anything but GET on a contacts endpoint). */
  public static long writes(GraphSandbox sandbox) {
    return counted(sandbox, k -> k.contains("/contacts") && !k.startsWith("GET"));
  }

  /** Contacts created (POST on a contacts collection) the sandbox has counted. */
  public static long creates(GraphSandbox sandbox) {
    return counted(sandbox, k -> k.startsWith("POST") && k.endsWith("/contacts"));
  }

  /** Requests the sandbox counted on the endpoints ("METHOD path pattern") that match. */
  public static long counted(GraphSandbox sandbox, Predicate<String> endpoint) {
    long n = 0;
    for (var e : sandbox.counters().toJson().getAsJsonObject("byEndpoint").entrySet()) {
      if (endpoint.test(e.getKey())) {
        n += e.getValue().getAsLong();
      }
    }
    return n;
  }

  /** The ID of the mailbox's contact folder with this display name, or null. */
  public static String folderId(Mailbox m, String folderName) {
    for (JsonElement f : MailboxAdmin.folders(m)) {
      if (folderName.equals(f.getAsJsonObject().get("displayName").getAsString())) {
        return f.getAsJsonObject().get("id").getAsString();
      }
    }
    return null;
  }

  /** A contact's stored properties, as the sandbox's admin view lists them. */
  public static Map<String, Object> stored(JsonElement contact) {
    return GSON.fromJson(
        contact.getAsJsonObject().get("stored"), new TypeToken<Map<String, Object>>() {}.getType());
  }

  /**
   * CYNC's contacts in the mailbox's folder: source ID → display names (a list, to see copies), as
   * the sandbox holds them.
   */
  public static Map<String, List<String>> ours(
      GraphSandbox sandbox, String mailboxId, String folderName) {
    Mailbox m = sandbox.mailboxes().mailbox(mailboxId);
    String folder = folderId(m, folderName);
    Map<String, List<String>> out = new TreeMap<>();
    if (folder == null) {
      return out;
    }
    for (JsonElement c : MailboxAdmin.contacts(m, folder)) {
      Map<String, Object> stored = stored(c);
      Marker.sourceIdOf(stored)
          .ifPresent(
              id ->
                  out.computeIfAbsent(id, k -> new ArrayList<>())
                      .add((String) stored.get("displayName")));
    }
    return out;
  }
}
