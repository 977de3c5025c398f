/**
 * Runs of the contact-sync job: starting, restarting, recovering runs a crash left behind, and
 * their history. It starts the job and reads what the job recorded ({@code RUN_MAILBOX}, kept by
 * {@code org.cync.sync.RunMailboxes}), so it depends on sync and never the other way round: the job
 * does not know who started it.
 */
package org.cync.history;
