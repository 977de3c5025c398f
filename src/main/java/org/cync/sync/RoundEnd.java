package org.cync.sync;

import java.io.Serializable;

/**
 * The last item of a directory round: carries the delta link to save with the round's last chunk,
 * which directory it belongs to ({@link MirrorIdentity}), and whether the round was full (then
 * users it did not see are gone).
 */
public record RoundEnd(String deltaLink, boolean full, String mirrorOf) implements Serializable {
  private static final long serialVersionUID = 1L;

  public RoundEnd(String deltaLink, boolean full) {
    this(deltaLink, full, null);
  }
}
