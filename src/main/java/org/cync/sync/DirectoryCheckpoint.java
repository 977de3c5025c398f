package org.cync.sync;

import java.io.Serializable;

/** Where the directory reader stands: how many users it has handed out. */
public record DirectoryCheckpoint(int position) implements Serializable {
  private static final long serialVersionUID = 1L;
}
