/**
 * Talking to Graph in bulk: contact operations written into one mailbox through {@code $batch} as
 * fast as Outlook's throttling allows (at most 4 requests in flight per mailbox, {@code
 * Retry-After} honoured per sub-response, failed sub-requests re-batched, a failing mailbox
 * isolated from the others), and the plain JSON requests beside it. Kept apart from {@code
 * org.cync.mailbox} because the photo lookups use the same envelopes and retries, and because this
 * is the plumbing that touches the Graph SDK: it knows URLs and HTTP, nothing of what a run
 * decides.
 */
package org.cync.graphbatch;
