/**
 * Load behaviour of the simulated service: Outlook's per (app, mailbox) limits (4 concurrent,
 * 10,000 requests per 10 minutes, with a time-scale factor), the directory's resource-unit budget
 * per app and tenant, simulated latency, injected faults, and request counters.
 */
package org.cync.sandbox.throttle;
