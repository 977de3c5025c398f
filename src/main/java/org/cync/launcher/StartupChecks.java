package org.cync.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before Payara boots, because Payara reports these mistakes as a wall of stack traces
 * (or not at all).
 */
public final class StartupChecks {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(StartupChecks.class.getName());

  private StartupChecks() {}

  /** The data directory must exist (it is created if missing, owner-only) and accept new files. */
  public static void requireWritableDirectory(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        PrivateDataFiles.restrict(dir);
      }
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new StartupProblem(
          "Data directory "
              + dir
              + " is not writable ("
              + describe(e)
              + "): give the service account write access, or point "
              + LaunchSettings.DATA_DIR
              + " / "
              + LaunchSettings.environmentName(LaunchSettings.DATA_DIR)
              + " at another directory.");
    }
  }

  /**
   * Makes the data directory owner-only (directories 700, files 600) and says in one warning line
   * how many had been loosened. Where the file system has no POSIX permissions the directory's ACL
   * applies and nothing is changed.
   */
  public static void requirePrivateDirectory(Path dir) {
    try {
      int repaired = PrivateDataFiles.tighten(dir);
      if (repaired > 0) {
        LOG.warning(
            "Data directory "
                + dir
                + ": "
                + repaired
                + " files or directories were readable by other users; made them owner-only"
                + " again (files 600, directories 700).");
      }
    } catch (IOException e) {
      throw new StartupProblem(
          "cannot make the data directory "
              + dir
              + " owner-only ("
              + describe(e)
              + "): run CYNC as the account that owns it.");
    }
  }

  /** The HTTP port must be free on every interface, as Payara binds it there. */
  public static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new StartupProblem(
          "Port "
              + port
              + " is already in use by another program: stop it, or start CYNC on another port with "
              + LaunchSettings.PORT
              + " / "
              + LaunchSettings.environmentName(LaunchSettings.PORT)
              + ".");
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
