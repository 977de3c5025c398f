package org.cync.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Keeps the files that H2 and Payara create while CYNC runs private ({@link PrivateFiles}): at
 * start, every five minutes and at shutdown, so the launcher's check at the next start finds only
 * what an operator loosened. Derby restricts its own files (the launcher sets {@code
 * derby.storage.useDefaultFilePermissions=false}); the data directory itself is 700 from the
 * launcher on, so no other user can reach a file in the minutes before it is tightened.
 */
@Singleton
@Startup
public class PrivateDataDirectory {
  private static final Logger LOG = Logger.getLogger(PrivateDataDirectory.class.getName());

  @PostConstruct
  void atStart() {
    tighten();
  }

  @PreDestroy
  void atShutdown() {
    tighten();
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void tighten() {
    try {
      int n = PrivateFiles.tighten(DataDirectory.path());
      if (n > 0) {
        LOG.fine(() -> n + " new files in the data directory made owner-only");
      }
    } catch (IOException e) {
      LOG.warning(() -> "Could not make the data directory owner-only: " + e.getMessage());
    }
  }
}
