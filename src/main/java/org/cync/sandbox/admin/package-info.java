/**
 * The sandbox's own administration API (JSON over HTTP under {@code /admin}, outside {@code
 * /v1.0}): app registrations, certificates and permissions, directory mutations, limits, latency,
 * faults, raw mailbox views, counters and reset. Documented in SANDBOX-README-SECTION.md.
 */
package org.cync.sandbox.admin;
