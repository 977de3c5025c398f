package org.cync.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cync.directory.DirectoryHit;
import org.cync.directory.DirectoryLookup;
import org.cync.directory.DirectoryQueries;
import org.cync.directory.DirectoryUnavailable;
import org.cync.settings.SyncSettingsView;

/**
 * The pickers of the Sync settings page: suggestions while typing (the value is the object ID, the
 * label "name &lt;mail&gt;"), the names of saved IDs (read in one go when the page first needs a
 * label), and a way around a missing directory: a typed GUID, or a UPN where users may be given by
 * UPN, is offered as it is.
 */
@Named
@ViewScoped
public class DirectoryPickerView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern UPN = Pattern.compile("[^@\\s]+@[^@\\s]+");

  /** The list fields that hold object IDs of groups or users. */
  static final String[] ID_FIELDS = {
    "sources.includeGroupIds",
    "sources.excludeGroupIds",
    "sources.excludedUsers",
    "targets.groupIds",
    "targets.userIds",
    "targets.excludedUsers"
  };

  @Inject transient DirectoryLookup lookup;
  @Inject SyncSettingsView settings;

  private final Map<String, DirectoryHit> known = new HashMap<>();
  private final Set<String> asked = new HashSet<>();
  private String problem;

  public List<String> completeGroups(String typed) {
    return complete(typed, lookup::groups, false);
  }

  public List<String> completeUsers(String typed) {
    return complete(typed, lookup::users, true);
  }

  public List<String> completeDepartments(String typed) {
    return values(typed, lookup::departments);
  }

  public List<String> completeCompanies(String typed) {
    return values(typed, lookup::companies);
  }

  List<String> complete(String typed, Function<String, List<DirectoryHit>> find, boolean upn) {
    String t = typed == null ? "" : typed.strip();
    List<String> out = new ArrayList<>();
    if (DirectoryQueries.isGuid(t) || (upn && UPN.matcher(t).matches() && t.length() <= 256)) {
      out.add(t); // pasted as it is: works without a directory too
      name(List.of(t));
    }
    try {
      for (DirectoryHit hit : find.apply(t)) {
        known.put(hit.id().toLowerCase(java.util.Locale.ROOT), hit);
        if (!out.contains(hit.id())) {
          out.add(hit.id());
        }
      }
      problem = null;
    } catch (IllegalArgumentException | DirectoryUnavailable e) {
      problem = e.getMessage();
    }
    return out;
  }

  /** Departments or companies: the directory's, and the typed text itself (it may be new). */
  private List<String> values(String typed, Function<String, List<String>> find) {
    String t = typed == null ? "" : typed.strip();
    List<String> out = new ArrayList<>();
    try {
      out.addAll(find.apply(t));
      problem = null;
    } catch (IllegalArgumentException | DirectoryUnavailable e) {
      problem = e.getMessage();
    }
    if (!t.isEmpty() && t.length() <= 256 && out.stream().noneMatch(t::equalsIgnoreCase)) {
      out.add(0, t);
    }
    return out;
  }

  /** "name &lt;mail&gt;" for a known ID; the value itself (a UPN, an ID not found) otherwise. */
  public String label(String value) {
    if (value == null) {
      return "";
    }
    if (asked.isEmpty()) {
      name(settings.getForm().pickedValues(ID_FIELDS));
    }
    name(List.of(value));
    DirectoryHit hit = known.get(value.toLowerCase(java.util.Locale.ROOT));
    return hit == null ? value : hit.label();
  }

  /** The object ID behind a label, for the detail (tooltip) of a chosen entry. */
  public String detail(String value) {
    DirectoryHit hit = value == null ? null : known.get(value.toLowerCase(java.util.Locale.ROOT));
    return hit == null
        ? (DirectoryQueries.isGuid(value) ? "Object ID " + value + " (name not found)" : value)
        : "Object ID " + hit.id();
  }

  /** Reads the names of IDs not asked for yet, in one go; failures leave the IDs unnamed. */
  private void name(List<String> values) {
    List<String> fresh = new ArrayList<>();
    for (String v : values) {
      String id = v.strip().toLowerCase(java.util.Locale.ROOT);
      if (DirectoryQueries.isGuid(id) && asked.add(id)) {
        fresh.add(id);
      }
    }
    asked.add("");
    if (fresh.isEmpty() || !lookup.connected()) {
      return;
    }
    try {
      lookup
          .resolve(fresh)
          .forEach((id, hit) -> known.put(id.toLowerCase(java.util.Locale.ROOT), hit));
    } catch (DirectoryUnavailable e) {
      problem = e.getMessage();
    }
  }

  /** Why the pickers cannot search (no tenant, Graph failed), or null when they can. */
  public String getProblem() {
    if (problem == null && !lookup.connected()) {
      return "No tenant is connected (CYNC uses its sample directory): paste object IDs, or"
          + " connect a tenant on the Connection page to search by name.";
    }
    return problem;
  }
}
