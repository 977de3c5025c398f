package org.cync.contacts;

/**
 * The contact one source user should become. The fingerprint changes exactly when a synced field
 * changes, so an unchanged user costs no write.
 */
public record DesiredContact(
    String sourceId, String displayName, String mail, String fingerprint) {}
