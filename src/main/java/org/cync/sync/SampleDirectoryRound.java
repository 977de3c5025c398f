package org.cync.sync;

import java.io.Serializable;
import org.cync.directory.SampleDirectory;

/**
 * The made-up users of the {@link SampleDirectory}, for trying CYNC without a tenant; the test
 * hooks (a pause per user, a failure at a given user) apply here only.
 */
final class SampleDirectoryRound implements DirectoryRound {
  private final int size;
  private final long delayMillis;
  private final int failAt;
  private int position;

  SampleDirectoryRound(int size, long delayMillis, int failAt, DirectoryCheckpoint checkpoint) {
    this.size = size;
    this.delayMillis = delayMillis;
    this.failAt = failAt;
    this.position = checkpoint == null ? 0 : checkpoint.position();
  }

  int position() {
    return position;
  }

  int size() {
    return size;
  }

  @Override
  public Object next() throws InterruptedException {
    if (position >= size) {
      return null;
    }
    position++;
    if (position == failAt) {
      throw new IllegalStateException(
          "Simulated failure at directory user " + position + " (failAtItem)");
    }
    if (delayMillis > 0) {
      Thread.sleep(delayMillis);
    }
    return SampleDirectory.user(position);
  }

  @Override
  public Serializable checkpoint() {
    return new DirectoryCheckpoint(position);
  }
}
