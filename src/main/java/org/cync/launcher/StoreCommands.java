package org.cync.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the stores on PostgreSQL: the boot file describes the zero-setup stores (Derby for CYNC's
 * data, H2 for the job repository); with {@link PostgresStore} set, its two {@code
 * create-jdbc-connection-pool} lines get PostgreSQL's data source classes and connection
 * properties, and keep their names, pool sizes and validation, so everything else in the file
 * (resources, transaction log, batch runtime) stays as written. The password is only referenced as
 * {@code ${cync.store.password}}, a system property the launcher sets and Payara resolves when it
 * connects: it is never in a command, the log or the generated domain.xml.
 */
final class StoreCommands {
  static final String DATA_POOL = "cync-derby";
  static final String BATCH_POOL = "cync-batch";
  private static final String CREATE_POOL = "create-jdbc-connection-pool";

  /** XA, as Derby's: the batch runtime commits the data and the job repository in one chunk. */
  static final String DATA_SOURCE = "org.postgresql.xa.PGXADataSource";

  static final String BATCH_SOURCE = "org.postgresql.ds.PGSimpleDataSource";

  private StoreCommands() {}

  /** The file's commands, with the store pools on PostgreSQL when {@code store} is set. */
  static List<BootCommand> apply(List<BootCommand> commands, Optional<PostgresStore> store) {
    if (store.isEmpty()) {
      return commands;
    }
    List<BootCommand> result = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    for (BootCommand command : commands) {
      String pool = command.arguments().isEmpty() ? "" : command.arguments().getLast();
      if (command.name().equals(CREATE_POOL)
          && (pool.equals(DATA_POOL) || pool.equals(BATCH_POOL))) {
        boolean data = pool.equals(DATA_POOL);
        result.add(onPostgres(command, store.get(), data));
        replaced.add(pool);
      } else {
        result.add(command);
      }
    }
    for (String pool : List.of(DATA_POOL, BATCH_POOL)) {
      if (!replaced.contains(pool)) {
        String source = commands.isEmpty() ? "the boot file" : commands.getFirst().source();
        throw new StartupProblem(
            source
                + " has no '"
                + CREATE_POOL
                + " ... "
                + pool
                + "' line for PostgreSQL to replace: restore it from the built-in server-config,"
                + " or unset "
                + LaunchSettings.both(PostgresStore.URL)
                + ".");
      }
    }
    return result;
  }

  private static BootCommand onPostgres(BootCommand command, PostgresStore store, boolean data) {
    List<String> arguments = new ArrayList<>();
    List<String> options = command.arguments().subList(0, command.arguments().size() - 1);
    for (String option : options) {
      if (!option.startsWith("--datasourceclassname=")
          && !option.startsWith("--restype=")
          && !option.startsWith("--property=")) {
        arguments.add(option);
      }
    }
    arguments.add("--datasourceclassname=" + (data ? DATA_SOURCE : BATCH_SOURCE));
    arguments.add("--restype=" + (data ? "javax.sql.XADataSource" : "javax.sql.DataSource"));
    arguments.add("--property=" + properties(store, data ? "cync" : "cync-batch"));
    arguments.add(command.arguments().getLast());
    return new BootCommand(command.name(), arguments, command.source(), command.line());
  }

  /**
   * Host, database and user are checked by {@link PostgresStore} to hold none of the characters
   * that asadmin would need escaped ({@code : = ;}).
   */
  static String properties(PostgresStore store, String applicationName) {
    return String.join(
        ":",
        "serverName=" + store.host(),
        "portNumber=" + store.port(),
        "databaseName=" + store.database(),
        "user=" + store.user(),
        "password=${" + StorePassword.PROPERTY + "}",
        "ApplicationName=" + applicationName);
  }
}
