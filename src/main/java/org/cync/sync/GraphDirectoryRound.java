package org.cync.sync;

import java.util.List;
import org.cync.directory.DeltaExpired;
import org.cync.directory.DeltaPage;
import org.cync.directory.SourceUser;
import org.cync.directory.UsersDelta;

/**
 * One round through {@code /users/delta}: from the saved delta link (changes only) or from the
 * start (a full round, also after the link expired), page by page, resumable from a {@link
 * GraphCheckpoint}. Hands out users, then one {@link RoundEnd}. No Jakarta Batch here, so it is
 * tested with a fake delta.
 */
final class GraphDirectoryRound implements DirectoryRound {
  /** The slice of {@link UsersDelta} the round needs (a fake in tests). */
  interface Delta {
    DeltaPage first() throws DeltaExpired;

    DeltaPage next(String link) throws DeltaExpired;
  }

  private final Delta delta;
  private final String mirrorOf;
  private String pageLink;
  private List<SourceUser> users;
  private DeltaPage page;
  private int index;
  private boolean full;
  private boolean ended;

  GraphDirectoryRound(Delta delta) {
    this(delta, null);
  }

  /** {@code mirrorOf}: the directory read ({@link MirrorIdentity}), kept with the delta link. */
  GraphDirectoryRound(Delta delta, String mirrorOf) {
    this.delta = delta;
    this.mirrorOf = mirrorOf;
  }

  /** Starts from {@code savedDeltaLink} (null: a full round) or resumes at {@code checkpoint}. */
  void open(String savedDeltaLink, GraphCheckpoint checkpoint) throws DeltaExpired {
    if (checkpoint != null) {
      full = checkpoint.full();
      ended = checkpoint.ended();
      try {
        load(checkpoint.pageLink());
        index = Math.min(checkpoint.index(), users.size());
      } catch (DeltaExpired expired) {
        startFull();
      }
      return;
    }
    if (savedDeltaLink == null) {
      startFull();
      return;
    }
    try {
      full = false;
      load(savedDeltaLink);
    } catch (DeltaExpired expired) {
      startFull(); // 410 / syncStateNotFound: read everything again, delete only who is gone
    }
  }

  private void startFull() throws DeltaExpired {
    full = true;
    ended = false;
    load(null);
  }

  private void load(String link) throws DeltaExpired {
    pageLink = link;
    page = link == null ? delta.first() : delta.next(link);
    users = page.users();
    index = 0;
  }

  /** The next user, then the round's end, then null. */
  @Override
  public Object next() throws DeltaExpired {
    while (index >= users.size()) {
      if (page.isLast()) {
        if (ended) {
          return null;
        }
        ended = true;
        return new RoundEnd(page.deltaLink(), full, mirrorOf);
      }
      load(page.nextLink());
    }
    return users.get(index++);
  }

  @Override
  public GraphCheckpoint checkpoint() {
    return new GraphCheckpoint(pageLink, index, full, ended);
  }

  boolean isFull() {
    return full;
  }
}
