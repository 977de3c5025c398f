/**
 * Online backup: a consistent copy of both stores (the database's own online backup: Derby's {@code
 * SYSCS_BACKUP_DATABASE}, H2's {@code BACKUP TO}; on PostgreSQL one snapshot copied table by table,
 * {@link org.cync.store.PostgresBackup}) and of the private files (key store and passwords) into
 * {@code backups/} of the data directory, with retention. Restore is the launcher's ({@code
 * cync.restore}), before Payara opens the stores.
 */
package org.cync.backup;
