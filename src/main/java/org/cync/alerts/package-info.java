/**
 * E-mail alerts: SMTP settings (the password in a private file of the data directory, never in
 * Derby), what each event's mail says, at most one mail per event and day, and sending with Jakarta
 * Mail. Observes the end of runs ({@code org.cync.sync.RunEnded}) and reads history and connection,
 * at the Operations level; nothing below depends on it.
 */
package org.cync.alerts;
