package org.cync.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The operator's sync options as one JSON document: they are read and written whole, and a new
 * option needs no new column (a missing field takes its default).
 */
@Entity
@Table(name = "SYNC_SETTINGS")
public class SyncSettingsRow {
  static final long SINGLETON_ID = 1;
  @Id private long id = SINGLETON_ID;
  @Lob private String json;
  private long updatedAtMillis;

  protected SyncSettingsRow() {}

  SyncSettingsRow(String json, long at) {
    this.json = json;
    this.updatedAtMillis = at;
  }

  String json() {
    return json;
  }

  void replace(String json, long at) {
    this.json = json;
    this.updatedAtMillis = at;
  }

  long updatedAtMillis() {
    return updatedAtMillis;
  }
}
