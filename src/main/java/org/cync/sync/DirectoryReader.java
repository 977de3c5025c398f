package org.cync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Logger;
import org.cync.directory.DirectoryUser;
import org.cync.directory.SampleDirectory;

/**
 * Reads the source users, resuming at its checkpoint after a failure or a crash. Skeleton: it reads
 * the {@link SampleDirectory} until the Graph delta reader replaces it.
 */
@Dependent
@Named
public class DirectoryReader extends AbstractItemReader {
  private static final Logger LOG = Logger.getLogger(DirectoryReader.class.getName());

  @Inject @BatchProperty String sampleSize;
  @Inject @BatchProperty String itemDelayMillis;
  @Inject @BatchProperty String failAtItem;

  private int size;
  private long delayMillis;
  private int failAt;
  private int position;

  @Override
  public void open(Serializable checkpoint) {
    size = intOr(sampleSize, 50);
    delayMillis = intOr(itemDelayMillis, 0);
    failAt = intOr(failAtItem, -1);
    position = checkpoint == null ? 0 : ((DirectoryCheckpoint) checkpoint).position();
    LOG.info(() -> "Directory reader starts at user " + position + " of " + size);
  }

  @Override
  public DirectoryUser readItem() throws InterruptedException {
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
  public Serializable checkpointInfo() {
    return new DirectoryCheckpoint(position);
  }

  private static int intOr(String value, int fallback) {
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
