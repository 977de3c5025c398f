/**
 * Everything the job XML {@code batch-jobs/contact-sync.xml} names: reader, processor, writer,
 * listeners and their checkpoint. Artifacts are {@code @Dependent @Named} with their default names.
 */
package org.cync.sync;
