package org.cync.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * {@code java -Dcync.move-to-store=postgresql -jar cync.jar}, with the PostgreSQL settings of a
 * start (stores.md): moves the Derby and H2 stores of the data directory into that empty database,
 * then ends. The work is the WAR's {@code org.cync.store.StoreMove}, which needs Liquibase, the
 * changelog and the three JDBC drivers: they are nested inside cync.jar, so they are unpacked into
 * a temporary folder and loaded by a class loader of their own for this one command (the launcher
 * may know nothing of the WAR's classes). A data directory moved away is noted, and a later start
 * without the PostgreSQL settings is refused instead of making a new, empty Derby store.
 */
final class MoveToStore {
  static final String SETTING = "cync.move-to-store";

  /** Not the usual derived name, which would keep the hyphens no shell allows in a name. */
  static final String ENVIRONMENT = "CYNC_MOVE_TO_STORE";

  static final String POSTGRESQL = "postgresql";

  /** Written by StoreMove after a move (its NOTE), read here: the same name in both places. */
  static final String NOTE = "moved-to-postgresql";

  /** Payara's own libraries the move needs: H2 (the job repository), SnakeYAML (Liquibase). */
  static final java.util.Set<String> PAYARA_LIBRARIES =
      java.util.Set.of("MICRO-INF/runtime/h2.jar", "MICRO-INF/runtime/snakeyaml.jar");

  private static final String MOVE = "org.cync.store.StoreMove";
  private static final String REFUSED = "org.cync.store.MoveRefused";

  private MoveToStore() {}

  /** Checks the setting and the store settings, moves, and answers the lines to print. */
  static List<String> run(String value, LaunchSettings settings) {
    if (!POSTGRESQL.equals(value.strip())) {
      throw new StartupProblem(
          SETTING
              + " ("
              + ENVIRONMENT
              + ") '"
              + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
              + "' is not known: the one store CYNC moves to is "
              + POSTGRESQL
              + ".");
    }
    PostgresStore store =
        settings
            .store()
            .orElseThrow(
                () ->
                    new StartupProblem(
                        SETTING
                            + "="
                            + POSTGRESQL
                            + " needs the PostgreSQL settings CYNC will start with: set "
                            + LaunchSettings.both(PostgresStore.URL)
                            + ", "
                            + LaunchSettings.both(PostgresStore.USER)
                            + " and the password (stores.md)."));
    String url = "jdbc:postgresql://" + store.host() + ":" + store.port() + "/" + store.database();
    return invoke(settings, url, store.user(), store.password());
  }

  /** A start without the PostgreSQL settings on a data directory whose stores were moved. */
  static void requireStoreSettings(LaunchSettings settings) {
    Path note = settings.dataDir().resolve(NOTE);
    if (settings.store().isEmpty() && Files.isRegularFile(note)) {
      String text;
      try {
        text = Files.readString(note).strip();
      } catch (IOException e) {
        text = "see " + note;
      }
      throw new StartupProblem(
          "the stores of "
              + settings.dataDir()
              + " were moved to PostgreSQL ("
              + (text.length() > 500 ? text.substring(0, 500) + "…" : text)
              + "): set "
              + LaunchSettings.both(PostgresStore.URL)
              + ", "
              + LaunchSettings.both(PostgresStore.USER)
              + " and the password, or CYNC would start on a new, empty Derby store.");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> invoke(
      LaunchSettings settings, String url, String user, String password) {
    Path jar = cyncJar();
    Path unpacked = null;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // As at a start: Derby's own log in the data directory, not in the working directory.
    System.setProperty(
        "derby.stream.error.file", settings.dataDir().resolve("derby.log").toString());
    // Liquibase reports every changeset at INFO: the command's output is its result, not that.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    try {
      unpacked = Files.createTempDirectory("cync-move");
      try (URLClassLoader loader =
          new URLClassLoader(
              classPath(jar, unpacked).toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
        // JDBC's DriverManager and Liquibase find their drivers and services through it.
        thread.setContextClassLoader(loader);
        return (List<String>)
            loader
                .loadClass(MOVE)
                .getMethod("run", String.class, String.class, String.class, String.class)
                .invoke(null, settings.dataDir().toString(), url, user, password);
      }
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause.getClass().getName().equals(REFUSED)) {
        throw new StartupProblem(cause.getMessage());
      }
      throw new StartupProblem(
          "the move failed ("
              + cause.getClass().getSimpleName()
              + ": "
              + cause.getMessage()
              + ").");
    } catch (IOException | ReflectiveOperationException e) {
      throw new StartupProblem(
          "cannot prepare the move from " + jar + ": " + e.getMessage() + "; rebuild cync.jar.");
    } finally {
      thread.setContextClassLoader(previous);
      deleteQuietly(unpacked);
    }
  }

  private static Path cyncJar() {
    try {
      Path jar =
          Path.of(MoveToStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        throw new StartupProblem(SETTING + " runs from cync.jar: java -jar target/cync.jar.");
      }
      return jar;
    } catch (java.net.URISyntaxException e) {
      throw new StartupProblem("cannot locate cync.jar: " + e.getMessage());
    }
  }

  /**
   * The drivers (cync.jar's MICRO-INF/lib), Payara's libraries the move needs, and the WAR's
   * classes and libraries, unpacked into {@code dir}.
   */
  static List<URL> classPath(Path jar, Path dir) throws IOException {
    List<URL> urls = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : zip.stream().toList()) {
        String name = e.getName();
        boolean driver =
            name.startsWith("MICRO-INF/lib/") && name.endsWith(".jar")
                || PAYARA_LIBRARIES.contains(name);
        if (driver) {
          try (InputStream in = zip.getInputStream(e)) {
            urls.add(copy(in, dir.resolve("lib").resolve(fileName(name))));
          }
        }
      }
      ZipEntry war = zip.getEntry("MICRO-INF/deploy/ROOT.war");
      if (war == null) {
        throw new IOException("ROOT.war is missing");
      }
      Path classes = dir.resolve("classes");
      urls.add(Files.createDirectories(classes).toUri().toURL());
      try (ZipInputStream in = new ZipInputStream(zip.getInputStream(war))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          String name = e.getName();
          if (e.isDirectory() || name.contains("..")) {
            continue;
          }
          if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
            urls.add(copy(in, dir.resolve("lib").resolve(fileName(name))));
          } else if (name.startsWith("WEB-INF/classes/")) {
            copy(in, classes.resolve(name.substring("WEB-INF/classes/".length())));
          }
        }
      }
    }
    return urls;
  }

  private static String fileName(String entry) {
    return entry.substring(entry.lastIndexOf('/') + 1);
  }

  private static URL copy(InputStream in, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return target.toUri().toURL();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover folder in the temporary folder holds only copies of cync.jar's libraries
    }
  }
}
