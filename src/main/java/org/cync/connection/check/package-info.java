/**
 * Test Connection: a checklist from configuration to a mailbox read, each line green or red with
 * the remedy, and the translation of Entra's AADSTS codes and Graph's error codes into what the
 * administrator must do.
 */
package org.cync.connection.check;
