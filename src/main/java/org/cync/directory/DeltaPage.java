package org.cync.directory;

import java.util.List;

/**
 * One page of {@code /users/delta}: its users (removed ones as {@link SourceUser#removed}) and the
 * link to go on with. Exactly one link is set: {@code nextLink} while the round has more pages,
 * {@code deltaLink} on its last page, to be kept (as the plain string it is) for the next round.
 */
public record DeltaPage(List<SourceUser> users, String nextLink, String deltaLink) {

  public DeltaPage {
    users = List.copyOf(users);
    if ((nextLink == null) == (deltaLink == null)) {
      throw new IllegalArgumentException("a delta page has either a nextLink or a deltaLink");
    }
  }

  /** True on the round's last page: {@link #deltaLink()} is the link to keep. */
  public boolean isLast() {
    return deltaLink != null;
  }

  /** The link to read next: the nextLink within a round, else the deltaLink of the next round. */
  public String link() {
    return isLast() ? deltaLink : nextLink;
  }
}
