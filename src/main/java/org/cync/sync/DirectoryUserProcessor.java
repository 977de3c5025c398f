package org.cync.sync;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.cync.directory.SourceUser;

/**
 * Turns what the directory reader handed out into a change of the directory mirror: a user to keep
 * as read, or one to forget. Who becomes a contact, and whose mailbox is a target, is decided later
 * from the whole mirror ({@link DesiredStateBatchlet}), since group filters and manager names need
 * every user. Pure.
 */
@Dependent
@Named
public class DirectoryUserProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    if (item instanceof SourceUser user) {
      return user.isRemoved()
          ? new MirrorChange.Forget(
              user.id(), "removed from the directory (" + user.removed() + ")")
          : new MirrorChange.Keep(user);
    }
    if (item instanceof RoundEnd) {
      return item;
    }
    throw new IllegalArgumentException("not a directory item: " + item);
  }
}
