package org.cync.settings;

import com.google.gson.JsonObject;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.cync.audit.AuditTrail;

/**
 * Reads and saves the operator's {@link SyncOptions}; defaults until something is saved. Every
 * change is audited (old → new) in the same transaction and announced ({@link SyncSettingsSaved}).
 * An EJB so batch artifacts and timers can call it from their own threads.
 */
@Stateless
public class SyncSettingsStore {
  static final String AUDIT_ACTION = "Sync settings";
  private static final Logger LOG = Logger.getLogger(SyncSettingsStore.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Event<SyncSettingsSaved> saved;
  Clock clock = Clock.systemUTC();

  public SyncOptions current() {
    SyncSettingsRow row = em.find(SyncSettingsRow.class, SyncSettingsRow.SINGLETON_ID);
    return row == null ? SyncOptions.defaults() : fromJson(row.json());
  }

  /** Saves {@code options} whole (already validated by the caller). */
  public void save(SyncOptions options) {
    SyncSettingsRow row = lockedRow();
    write(row, row == null ? SyncOptions.defaults() : fromJson(row.json()), options);
  }

  /**
   * Puts a whole or partial document over the current options and saves the result, but only when
   * {@link SyncSettingsRules} finds nothing wrong with it. The row is locked from read to write, so
   * two changes at once cannot undo each other.
   */
  public SyncSettingsRules.Outcome apply(JsonObject changes) {
    SyncSettingsRow row = lockedRow();
    SyncOptions before = row == null ? SyncOptions.defaults() : fromJson(row.json());
    SyncSettingsRules.Outcome outcome = SyncSettingsRules.check(changes, before, clock.instant());
    if (outcome.valid()) {
      write(row, before, outcome.options());
    }
    return outcome;
  }

  private SyncSettingsRow lockedRow() {
    return em.find(
        SyncSettingsRow.class, SyncSettingsRow.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
  }

  private void write(SyncSettingsRow row, SyncOptions before, SyncOptions after) {
    List<String> changed = differences(before, after);
    if (changed.isEmpty()) {
      return;
    }
    String json = toJson(after);
    if (row == null) {
      em.persist(new SyncSettingsRow(json, clock.millis()));
    } else {
      row.replace(json, clock.millis());
    }
    audit.record(AUDIT_ACTION, String.join("; ", changed));
    saved.fire(new SyncSettingsSaved(before, after));
  }

  /** "path: old → new" for every field that differs, in document order. */
  static List<String> differences(SyncOptions before, SyncOptions after) {
    Map<String, String> was = SyncSettingsJson.flatten(SyncSettingsJson.tree(before));
    Map<String, String> now = SyncSettingsJson.flatten(SyncSettingsJson.tree(after));
    List<String> d = new ArrayList<>();
    now.forEach(
        (path, value) -> {
          if (!Objects.equals(was.get(path), value)) {
            d.add(path + ": " + was.get(path) + " → " + value);
          }
        });
    return d;
  }

  static String toJson(SyncOptions options) {
    return SyncSettingsJson.toJson(options);
  }

  /**
   * Reads a stored document leniently: missing fields and objects take their defaults, unknown
   * fields are ignored, and a value that breaks a rule (edited by hand, or from another version) is
   * logged and falls back to its default; list entries stay as stored.
   */
  static SyncOptions fromJson(String json) {
    SyncSettingsRules.Outcome o =
        SyncSettingsRules.read(SyncSettingsJson.parse(json), SyncOptions.defaults(), null);
    if (!o.valid()) {
      LOG.warning(
          () ->
              "Stored sync settings break these rules (such values fall back to their defaults,"
                  + " list entries are kept as stored): "
                  + o.problems());
    }
    return o.options();
  }
}
