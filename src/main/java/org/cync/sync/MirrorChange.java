package org.cync.sync;

import org.cync.directory.SourceUser;

/** What the processor asks the mirror writer to do with one directory item. */
public sealed interface MirrorChange {
  /** The user exists: keep it, as read, in the directory mirror. */
  record Keep(SourceUser user) implements MirrorChange {}

  /** The user is gone from the directory (soft or permanently deleted). */
  record Forget(String sourceId, String reason) implements MirrorChange {}
}
