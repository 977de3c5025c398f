/**
 * Writing contact operations into one mailbox through Graph {@code $batch}, as fast as Outlook's
 * throttling allows: at most 4 requests in flight per mailbox, {@code Retry-After} honoured per
 * sub-response, failed sub-requests re-batched, and a failing mailbox isolated from the others.
 */
package org.cync.mailbox;
