package org.cync.photos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The photo removals the last run deferred ({@link PhotoRemovals}). In memory: after a restart a
 * burst is simply deferred once more.
 */
@ApplicationScoped
public class DeferredRemovals {
  private volatile Set<String> last = Set.of();

  public Set<String> last() {
    return last;
  }

  public void remember(Set<String> deferred) {
    last = Set.copyOf(deferred);
  }
}
