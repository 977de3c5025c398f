package org.cync.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;

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
    requireFreePort(null, port, LaunchSettings.PORT);
  }

  /**
   * A port must be free where Payara will bind it ({@code null}: every interface); {@code property}
   * names the setting to change in the message.
   */
  public static void requireFreePort(InetAddress address, int port, String property) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      throw new StartupProblem(
          "Port "
              + port
              + " is already in use by another program: stop it, or start CYNC on another port with "
              + property
              + " / "
              + LaunchSettings.environmentName(property)
              + ".");
    }
  }

  /**
   * The listen address must be an address of this machine (an IP literal, or a name that resolves
   * to one), else Payara would fail later with a bind error buried in its log.
   */
  public static InetAddress requireLocalAddress(String text) {
    String fix =
        ": set "
            + LaunchSettings.both(LaunchSettings.BIND)
            + " to an address of this machine (e.g. 127.0.0.1), or unset it to listen on all"
            + " interfaces.";
    try {
      InetAddress address = InetAddress.getByName(text);
      if (address.isAnyLocalAddress() || NetworkInterface.getByInetAddress(address) != null) {
        return address;
      }
      throw new StartupProblem(
          "Listen address '"
              + text
              + "' ("
              + address.getHostAddress()
              + ") is not on this machine"
              + fix);
    } catch (UnknownHostException | SocketException e) {
      throw new StartupProblem("Listen address '" + text + "' does not resolve" + fix);
    }
  }

  /**
   * The HTTPS key store must open with its password and hold a private key; returns the alias of
   * the first one, which Payara serves.
   */
  public static String requireKeyStore(HttpsSettings https) {
    String where =
        "HTTPS key store "
            + https.keyStore()
            + " ("
            + LaunchSettings.both(HttpsSettings.KEYSTORE)
            + ")";
    if (!Files.isRegularFile(https.keyStore()) || !Files.isReadable(https.keyStore())) {
      throw new StartupProblem(
          where + " is not a readable file: fix the path or the file's permissions.");
    }
    try {
      char[] password = https.password().toCharArray();
      KeyStore store = KeyStore.getInstance(https.keyStore().toFile(), password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias) && store.getKey(alias, password) != null) {
          return alias;
        }
      }
      throw new StartupProblem(
          where + " holds no private key: export the certificate with its key (PKCS12).");
    } catch (UnrecoverableKeyException e) {
      throw wrongPassword(where);
    } catch (IOException e) {
      throw e.getCause() instanceof UnrecoverableKeyException
          ? wrongPassword(where)
          : new StartupProblem(
              where + " cannot be read as PKCS12 (" + describe(e) + "): export it as a .p12 file.");
    } catch (GeneralSecurityException e) {
      throw new StartupProblem(
          where + " cannot be read as PKCS12 (" + describe(e) + "): export it as a .p12 file.");
    }
  }

  private static StartupProblem wrongPassword(String where) {
    return new StartupProblem(
        where
            + " does not open with the password in "
            + LaunchSettings.both(HttpsSettings.PASSWORD)
            + ": set the right one.");
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
