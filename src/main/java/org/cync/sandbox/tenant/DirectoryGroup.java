package org.cync.sandbox.tenant;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A group with its direct members (user or group IDs, in insertion order). */
public final class DirectoryGroup {
  private final String id;
  private final JsonObject props = new JsonObject();
  final List<String> members = new ArrayList<>();

  DirectoryGroup(
      String id, String displayName, boolean mailEnabled, String mailNickname, String domain) {
    this.id = id;
    props.addProperty("id", id);
    props.addProperty("displayName", displayName);
    props.addProperty("description", displayName);
    props.add("groupTypes", new com.google.gson.JsonArray());
    props.addProperty("mail", mailEnabled ? mailNickname + "@" + domain : null);
    props.addProperty("mailEnabled", mailEnabled);
    props.addProperty("mailNickname", mailNickname);
    props.addProperty("securityEnabled", true);
    props.addProperty("visibility", (String) null);
  }

  /** A group restored from a snapshot ({@link DirectorySnapshot}). */
  DirectoryGroup(String id, JsonObject saved) {
    this.id = id;
    saved.entrySet().forEach(e -> props.add(e.getKey(), e.getValue()));
  }

  public String id() {
    return id;
  }

  public JsonObject props() {
    return props;
  }

  public List<String> members() {
    return members;
  }
}
