/**
 * What CYNC knows of every mailbox it writes to, in Derby: the target mailboxes, the contacts it
 * holds in each, the plan of a run and the diff of one mailbox, and the preview an administrator
 * reads. The Graph plumbing it writes through lives in {@code org.cync.graphbatch}; the job that
 * decides when to write lives in {@code org.cync.sync}.
 */
package org.cync.mailbox;
