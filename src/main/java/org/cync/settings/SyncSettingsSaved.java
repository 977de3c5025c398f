package org.cync.settings;

/**
 * Fired by {@link SyncSettingsStore} when a save changed something, so what depends on the settings
 * outside a run (the schedule's timer) follows at once. Observers that must see the committed state
 * observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record SyncSettingsSaved(SyncOptions before, SyncOptions after) {}
