package org.cync.sync;

import java.io.Serializable;

/**
 * One pass of the directory step over where users come from, resumable at its checkpoint: the
 * connected tenant ({@link GraphDirectoryRound}) or, while none is connected, the sample directory
 * ({@link SampleDirectoryRound}). The reader holds one and does not care which.
 */
interface DirectoryRound {
  /** The next user (or the round's {@link RoundEnd}), then null. */
  Object next() throws Exception;

  /** Where to resume after a failure. */
  Serializable checkpoint();
}
