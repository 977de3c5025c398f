package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.cync.sandbox.http.Json;

/**
 * One contact, kept lean: numbers for identity, version and times, and the writable properties
 * (plus extensions and extended properties) as one UTF-8 JSON blob. Guarded by its mailbox.
 */
final class StoredContact {
  final long number;
  final long createdMillis;
  long modifiedMillis;
  int version;
  long seq;
  long folder;
  private byte[] data;
  byte[] photo;

  StoredContact(long number, long folder, long now, JsonObject props) {
    this.number = number;
    this.folder = folder;
    this.createdMillis = now;
    this.modifiedMillis = now;
    this.version = 1;
    setData(props);
  }

  JsonObject data() {
    return Json.parse(data).getAsJsonObject();
  }

  void setData(JsonObject props) {
    this.data = Json.GSON.toJson(props).getBytes(StandardCharsets.UTF_8);
  }
}
