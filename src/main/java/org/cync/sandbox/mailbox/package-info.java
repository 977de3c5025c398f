/**
 * Exchange Online mailboxes as Graph shows them: contact folders (and child folders), contacts with
 * the full v1.0 schema, changeKey/ETag, Exchange's collection limits, open extensions, single-value
 * extended properties, photos, per-folder contacts delta, and mailbox settings. Contacts are stored
 * compactly (numbers plus one UTF-8 JSON blob) so a million fit in little heap.
 */
package org.cync.sandbox.mailbox;
