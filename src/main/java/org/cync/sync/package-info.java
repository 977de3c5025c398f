/**
 * Everything the job XML {@code batch-jobs/contact-sync.xml} names: reader, processor, writer,
 * listeners and their checkpoint, with what the job records per mailbox ({@code RUN_MAILBOX}).
 * Artifacts are {@code @Dependent @Named} with their default names. The job sits above mailboxes,
 * contacts, directory and settings, and below the operations that start it (history, schedule).
 */
package org.cync.sync;
