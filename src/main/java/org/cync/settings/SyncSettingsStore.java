package org.cync.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cync.sync.SyncOptions;

/**
 * Reads and saves the operator's {@link SyncOptions}; defaults until something is saved. An EJB so
 * batch artifacts and timers can call it from their own threads.
 */
@Stateless
public class SyncSettingsStore {
  static final Gson GSON = new GsonBuilder().serializeNulls().create();

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  public SyncOptions current() {
    SyncSettingsRow row = em.find(SyncSettingsRow.class, SyncSettingsRow.SINGLETON_ID);
    return row == null ? SyncOptions.defaults() : fromJson(row.json());
  }

  /** Saves {@code options} whole (already validated by the caller). */
  public void save(SyncOptions options) {
    String json = toJson(options);
    SyncSettingsRow row = em.find(SyncSettingsRow.class, SyncSettingsRow.SINGLETON_ID);
    if (row == null) {
      em.persist(new SyncSettingsRow(json, clock.millis()));
    } else {
      row.replace(json, clock.millis());
    }
  }

  static String toJson(SyncOptions options) {
    return GSON.toJson(options);
  }

  static SyncOptions fromJson(String json) {
    SyncOptions o = GSON.fromJson(json, SyncOptions.class);
    return o == null ? SyncOptions.defaults() : o;
  }
}
