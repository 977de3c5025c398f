/**
 * Users' photos for their contacts: which photo each source user has (its media etag, looked up in
 * {@code $batch}es at every run, since {@code /users/delta} never reports a photo change), and the
 * photo itself, downloaded once per change and kept in Derby so every mailbox gets it without a
 * second download.
 */
package org.cync.photos;
