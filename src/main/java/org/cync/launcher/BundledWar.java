package org.cync.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * CYNC's WAR, copied out of {@code cync.jar} into Payara's working folder to be deployed from
 * there. Payara Micro would deploy a WAR kept in the jar's {@code MICRO-INF/deploy} through a copy
 * in the JVM's temporary folder that stays after a {@code kill -9} (85 MB each start); the working
 * folder is emptied at every start, so at most one copy exists, inside the data directory.
 */
final class BundledWar {
  /** Where the build puts the WAR in {@code cync.jar}: not MICRO-INF/deploy (see above). */
  static final String ENTRY = "MICRO-INF/cync/ROOT.war";

  /** The deployed file's name: Payara deploys {@code ROOT} at the context root {@code /}. */
  static final String FILE = "ROOT.war";

  private BundledWar() {}

  /** Copies the WAR from {@code jar} (the launcher's class path) into {@code dir}. */
  static Path copyInto(ClassLoader jar, Path dir) {
    Path war = dir.resolve(FILE);
    try (InputStream in = jar.getResourceAsStream(ENTRY)) {
      if (in == null) {
        throw new StartupProblem(
            "the application ("
                + ENTRY
                + ") is missing from the jar; rebuild with ./mvnw package.");
      }
      Files.copy(in, war, StandardCopyOption.REPLACE_EXISTING);
      if (PrivateDataFiles.posix()) {
        Files.setPosixFilePermissions(war, PrivateDataFiles.FILE);
      }
      return war;
    } catch (IOException e) {
      throw new StartupProblem(
          "cannot copy the application into "
              + dir
              + ": "
              + e.getMessage()
              + "; check the free space and permissions of the data directory.");
    }
  }
}
