package org.cync.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -Dcync.move-to-store=postgresql -jar cync.jar}, with the PostgreSQL settings of a
 * start (stores.md): moves the Derby and H2 stores of the data directory into that empty database,
 * then ends. The work is the WAR's {@code org.cync.store.StoreMove}, run by {@link WarCommand}. A
 * data directory moved away is noted, and a later start without the PostgreSQL settings is refused
 * instead of making a new, empty Derby store.
 */
final class MoveToStore {
  static final String SETTING = "cync.move-to-store";

  /** Not the usual derived name, which would keep the hyphens no shell allows in a name. */
  static final String ENVIRONMENT = "CYNC_MOVE_TO_STORE";

  static final String POSTGRESQL = "postgresql";

  /** Written by StoreMove after a move (its NOTE), read here: the same name in both places. */
  static final String NOTE = "moved-to-postgresql";

  private static final String MOVE = "org.cync.store.StoreMove";

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
    return invoke(settings, store.jdbcUrl(), store.user(), store.password());
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

  private static List<String> invoke(
      LaunchSettings settings, String url, String user, String password) {
    return WarCommand.run(
        settings, MOVE, "move", settings.dataDir().toString(), url, user, password);
  }
}
