package org.cync.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passwords handed over by systemd ({@code LoadCredential=}, see src/main/dist/linux/cync.service):
 * a file named after the setting in {@code $CREDENTIALS_DIRECTORY}, readable by the service alone,
 * so that a secret need be neither in the unit's environment (which {@code systemctl show} and
 * child processes see) nor on the command line. A setting given as {@code -D} or in the environment
 * wins; a missing or empty file counts as not given. Read by the launcher, which then hands the
 * value on as a system property, the way CYNC reads every setting.
 */
final class ServiceCredentials {
  static final String DIRECTORY = "CREDENTIALS_DIRECTORY";
  static final List<String> SECRETS =
      List.of("cync.admin.password", "cync.keystore.password", HttpsSettings.PASSWORD);

  /** Longer than any password CYNC accepts (256 characters): a bigger file is the wrong file. */
  static final int MAX_BYTES = 4096;

  private ServiceCredentials() {}

  /**
   * The secrets to set as system properties: those that systemd handed over and nothing else set.
   */
  static Map<String, String> read(Map<String, String> properties, Map<String, String> environment) {
    Map<String, String> found = new LinkedHashMap<>();
    String directory = environment.get(DIRECTORY);
    if (directory == null || directory.isBlank()) {
      return found;
    }
    for (String secret : SECRETS) {
      if (given(properties.get(secret))
          || given(environment.get(LaunchSettings.environmentName(secret)))) {
        continue;
      }
      Path file = Path.of(directory, secret);
      if (Files.isRegularFile(file)) {
        String value = content(file);
        if (given(value)) {
          found.put(secret, value);
        }
      }
    }
    return found;
  }

  private static String content(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new StartupProblem(
            "The systemd credential "
                + file
                + " is larger than "
                + MAX_BYTES
                + " bytes: it should hold the password alone (LoadCredential= in the unit).");
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      // "echo secret > file" adds a line break that is not part of the password.
      return text.endsWith("\r\n")
          ? text.substring(0, text.length() - 2)
          : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new StartupProblem(
          "Cannot read the systemd credential "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "): check LoadCredential= in the unit and the file it names.");
    }
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
