package org.cync.mailbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cync.graphbatch.BatchRejected;
import org.cync.graphbatch.BatchWriter;
import org.cync.graphbatch.ContactPaths;
import org.cync.graphbatch.GraphJson;

/**
 * Finds CYNC's folder in a mailbox, under the default Contacts folder: by the ID kept from last
 * time (so a folder the user renamed is still ours), else by name (a reinstall finds its folder
 * again instead of making a second one), else creates it. A name clash while creating means another
 * writer just made it: it is looked up again.
 */
public final class FolderFinder {
  /** The folder, and whether it already existed (then it may hold contacts of ours). */
  public record Folder(String id, String displayName, boolean existed) {}

  private final GraphJson graph;

  public FolderFinder(GraphJson graph) {
    this.graph = graph;
  }

  /**
   * @param knownId the folder ID kept from last time, or null
   * @param verify check that the known folder still exists (else it is trusted, costing nothing)
   * @return the folder; {@code existed} false when it was just created
   */
  public Folder find(String mailbox, String knownId, String name, boolean verify)
      throws IOException {
    String folders = folders(mailbox);
    if (knownId != null) {
      if (!verify) {
        return new Folder(knownId, name, true);
      }
      try {
        Map<String, Object> f = graph.get(folders + "/" + BatchWriter.segment(knownId));
        return new Folder(knownId, (String) f.get("displayName"), true);
      } catch (BatchRejected e) {
        if (e.status() != 404 || !"ErrorItemNotFound".equals(e.code())) {
          throw e;
        }
      }
    }
    Folder byName = byName(folders, name);
    if (byName != null) {
      return byName;
    }
    try {
      Map<String, Object> created = graph.send("POST", folders, Map.of("displayName", name));
      return new Folder((String) created.get("id"), name, false);
    } catch (BatchRejected e) {
      if (e.status() == 409 && (byName = byName(folders, name)) != null) {
        return byName;
      }
      throw e;
    }
  }

  /** The default Contacts folder: always there, never made. */
  public static final Folder DEFAULT = new Folder(ContactPaths.DEFAULT_FOLDER, "Contacts", true);

  /**
   * Other folders under the default Contacts folder with CYNC's folder name: a second install, or
   * two writers that raced, may have made one. The caller removes contacts of ours from them.
   */
  public List<String> duplicates(String mailbox, String name, String keepId) throws IOException {
    List<String> ids = new ArrayList<>();
    for (Map<?, ?> f : named(folders(mailbox), name)) {
      if (f.get("id") instanceof String id && !id.equals(keepId)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static String folders(String mailbox) {
    return "/users/" + BatchWriter.segment(mailbox) + "/contactFolders";
  }

  /**
   * Whether the known folder was found gone: the caller forgets its contacts. A folder just made is
   * a new, empty folder even when it got the known folder's ID again (a mailbox emptied, restored
   * or moved may hand out the same ID), so the ID alone does not tell.
   */
  public static boolean lost(String knownId, Folder found) {
    return knownId != null && (!knownId.equals(found.id()) || !found.existed());
  }

  private Folder byName(String folders, String name) throws IOException {
    List<Map<?, ?>> found = named(folders, name);
    if (found.isEmpty()) {
      return null;
    }
    Map<?, ?> f = found.get(0);
    return new Folder((String) f.get("id"), (String) f.get("displayName"), true);
  }

  private List<Map<?, ?>> named(String folders, String name) throws IOException {
    String filter = "displayName eq '" + name.replace("'", "''") + "'";
    Map<String, Object> page = graph.get(folders + "?$filter=" + GraphJson.query(filter));
    List<Map<?, ?>> out = new ArrayList<>();
    if (page.get("value") instanceof List<?> list) {
      list.forEach(f -> out.add((Map<?, ?>) f));
    }
    return out;
  }
}
