/**
 * Who may use the console and the API: one administrator account, form login for pages and HTTP
 * Basic for {@code /api}. The password is kept only as a salted PBKDF2 hash in the data directory,
 * never in Derby or a log.
 */
package org.cync.login;
