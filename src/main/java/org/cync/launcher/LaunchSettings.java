package org.cync.launcher;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The few settings needed before the server exists. Each is read from a system property first, then
 * from an environment variable, then a default, so that a service unit, a container and a
 * developer's shell can all set them.
 */
public record LaunchSettings(
    int port,
    Path dataDir,
    Optional<Path> serverConfigDir,
    Optional<String> bind,
    Optional<HttpsSettings> https,
    Optional<PostgresStore> store) {

  public static final String PORT = "cync.port";
  public static final String DATA_DIR = "cync.data.dir";
  public static final String SERVER_CONFIG = "cync.server.config";

  /** The address to listen on; unset means every interface. */
  public static final String BIND = "cync.bind";

  static final int DEFAULT_PORT = 8080;
  static final String DEFAULT_DATA_DIR = "data";

  /**
   * Resolves the settings from system properties and the environment; blank values count as not
   * given.
   */
  public static LaunchSettings resolve(
      Map<String, String> properties, Map<String, String> environment) {
    Optional<String> port = lookup(PORT, properties, environment);
    Path dataDir =
        Path.of(lookup(DATA_DIR, properties, environment).orElse(DEFAULT_DATA_DIR))
            .toAbsolutePath()
            .normalize();
    requireUsableDataDir(dataDir.toString(), File.separatorChar);
    Optional<Path> serverConfig =
        lookup(SERVER_CONFIG, properties, environment).map(p -> Path.of(p).toAbsolutePath());
    return new LaunchSettings(
        port.map(p -> parsePort(p, PORT)).orElse(DEFAULT_PORT),
        dataDir,
        serverConfig,
        lookup(BIND, properties, environment),
        https(properties, environment),
        PostgresStore.resolve(properties, environment));
  }

  /**
   * A data directory the stores can live in: Derby ends a database name at {@code ;}; where the
   * separator is {@code /}, Payara Micro reads a {@code :} in a deployed file's path as the start
   * of a context root, and H2 turns {@code \\} into a folder separator (its files would land
   * outside). Refused before anything is written, naming the character. A Windows drive letter
   * ({@code C:\\…}) is fine.
   */
  static void requireUsableDataDir(String dataDir, char separator) {
    String unusable = separator == '/' ? ";:\\" : ";";
    for (char c : dataDir.toCharArray()) {
      if (unusable.indexOf(c) >= 0) {
        throw new StartupProblem(
            "the data directory "
                + dataDir
                + " contains '"
                + c
                + "', which the stores cannot use in a path: choose another "
                + both(DATA_DIR)
                + ".");
      }
    }
  }

  /** HTTPS is on when a key store is named; then it needs its password. */
  private static Optional<HttpsSettings> https(
      Map<String, String> properties, Map<String, String> environment) {
    Optional<String> keyStore = lookup(HttpsSettings.KEYSTORE, properties, environment);
    Optional<String> password = lookup(HttpsSettings.PASSWORD, properties, environment);
    Optional<String> port = lookup(HttpsSettings.PORT, properties, environment);
    if (keyStore.isEmpty()) {
      if (password.isPresent() || port.isPresent()) {
        throw new StartupProblem(
            both(password.isPresent() ? HttpsSettings.PASSWORD : HttpsSettings.PORT)
                + " is set but "
                + both(HttpsSettings.KEYSTORE)
                + " is not: name the PKCS12 key store to serve HTTPS, or unset it.");
      }
      return Optional.empty();
    }
    if (password.isEmpty()) {
      throw new StartupProblem(
          both(HttpsSettings.KEYSTORE)
              + " is set but "
              + both(HttpsSettings.PASSWORD)
              + " is not: set the key store's password.");
    }
    return Optional.of(
        new HttpsSettings(
            Path.of(keyStore.get()).toAbsolutePath().normalize(),
            password.get(),
            port.map(p -> parsePort(p, HttpsSettings.PORT)).orElse(HttpsSettings.DEFAULT_PORT)));
  }

  /** A setting's two names for messages: {@code cync.bind (CYNC_BIND)}. */
  static String both(String property) {
    return property + " (" + environmentName(property) + ")";
  }

  /**
   * The environment variable for a property: {@code cync.data.dir} becomes {@code CYNC_DATA_DIR}.
   */
  public static String environmentName(String property) {
    return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
  }

  static Optional<String> lookup(
      String property, Map<String, String> properties, Map<String, String> environment) {
    String value = properties.get(property);
    if (value == null || value.isBlank()) {
      value = environment.get(environmentName(property));
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static int parsePort(String text, String property) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new StartupProblem(
        "Port '"
            + text
            + "' is not valid: set "
            + property
            + " (or "
            + environmentName(property)
            + ") to a number from 1 to 65535.");
  }
}
