/** Contacts as CYNC wants them in every target mailbox, and (later) writing them there. */
package org.cync.contacts;
