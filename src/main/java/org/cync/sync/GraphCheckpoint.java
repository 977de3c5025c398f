package org.cync.sync;

import java.io.Serializable;

/**
 * Where the Graph directory reader stands: the link of the page it is in (null: the round's first
 * request), how many users of that page it handed out, whether the round is full, and whether the
 * round's end was handed out. Links are replayable, so a restart fetches the page again.
 */
public record GraphCheckpoint(String pageLink, int index, boolean full, boolean ended)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
