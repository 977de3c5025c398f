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
 * Runs one of the WAR's store commands before Payara exists (the move to PostgreSQL, the restore of
 * a PostgreSQL backup): they need Liquibase, the changelog and the JDBC drivers, which are nested
 * inside cync.jar, so they are unpacked into a temporary folder and loaded by a class loader of
 * their own for this one command (the launcher may know nothing of the WAR's classes). The command
 * is a static {@code run(String…)} answering the lines to print; its refusal becomes a {@link
 * StartupProblem} with its message.
 */
final class WarCommand {
  /** Payara's own libraries the commands need: H2 (the job repository), SnakeYAML (Liquibase). */
  static final java.util.Set<String> PAYARA_LIBRARIES =
      java.util.Set.of("MICRO-INF/runtime/h2.jar", "MICRO-INF/runtime/snakeyaml.jar");

  /** The store commands' one refusal (a message for the operator, not a fault). */
  static final String REFUSED = "org.cync.store.StoreRefused";

  private WarCommand() {}

  @SuppressWarnings("unchecked")
  static List<String> run(
      LaunchSettings settings, String command, String what, String... arguments) {
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
      unpacked = Files.createTempDirectory("cync-" + what);
      try (URLClassLoader loader =
          new URLClassLoader(
              classPath(jar, unpacked).toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
        // JDBC's DriverManager and Liquibase find their drivers and services through it.
        thread.setContextClassLoader(loader);
        return (List<String>)
            loader
                .loadClass(command)
                .getMethod(
                    "run",
                    java.util.Collections.nCopies(arguments.length, String.class)
                        .toArray(Class<?>[]::new))
                .invoke(null, (Object[]) arguments);
      }
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause.getClass().getName().equals(REFUSED)) {
        throw new StartupProblem(cause.getMessage());
      }
      throw new StartupProblem(
          "the "
              + what
              + " failed ("
              + cause.getClass().getSimpleName()
              + ": "
              + cause.getMessage()
              + ").");
    } catch (IOException | ReflectiveOperationException e) {
      throw new StartupProblem(
          "cannot prepare the "
              + what
              + " from "
              + jar
              + ": "
              + e.getMessage()
              + "; rebuild cync.jar.");
    } finally {
      thread.setContextClassLoader(previous);
      deleteQuietly(unpacked);
    }
  }

  private static Path cyncJar() {
    try {
      Path jar =
          Path.of(WarCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        throw new StartupProblem("this command runs from cync.jar: java -jar target/cync.jar.");
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
      ZipEntry war = zip.getEntry(BundledWar.ENTRY);
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
