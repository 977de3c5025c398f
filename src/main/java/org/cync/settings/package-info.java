/**
 * Operator-editable configuration kept in Derby, and facts about this installation. The settings
 * document itself ({@link org.cync.settings.SyncOptions} with its source, target, mapping, guard
 * and schedule parts) lives here rather than with the features it steers, so the features read
 * settings and settings know none of them; a save is announced as a CDI event ({@link
 * org.cync.settings.SyncSettingsSaved}) for whoever must react, such as the scheduler.
 */
package org.cync.settings;
