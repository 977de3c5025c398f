/**
 * Contacts as CYNC wants them in every target mailbox: mapped from directory users, fingerprinted
 * and stored as the desired state. Above the directory (it reads users) and below the mailboxes
 * (they are diffed against it); the summary of the mirror next to the desired count is served from
 * here for the same reason.
 */
package org.cync.contacts;
