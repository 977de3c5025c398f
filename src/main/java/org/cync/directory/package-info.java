/**
 * Reading Entra ID users and groups, and the directory mirror CYNC keeps of them in Derby. The
 * bottom of the sync's own packages: contacts, mailboxes and the job read directory users, the
 * directory knows none of them.
 */
package org.cync.directory;
