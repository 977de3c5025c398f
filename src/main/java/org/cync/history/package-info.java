/**
 * Runs of the contact-sync job: starting, restarting, recovering runs a crash left behind, and
 * their history.
 */
package org.cync.history;
