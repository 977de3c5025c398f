/**
 * How the console shows a moment: one format ({@link org.cync.time.ConsoleTime}) in the
 * administrator's time zone, read once per session from the browser ({@link
 * org.cync.time.AdminZone}). A base package, like {@code org.cync.roles}: every page bean may use
 * it. The HTTP API keeps ISO-8601 in UTC and does not use it.
 */
package org.cync.time;
