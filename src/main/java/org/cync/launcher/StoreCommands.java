package org.cync.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the stores on PostgreSQL: the boot file describes the zero-setup stores (Derby for CYNC's
 * data, H2 for the job repository, two pools); with {@link PostgresStore} set, both stores are one
 * PostgreSQL database and so get one pool. The data pool's {@code create-jdbc-connection-pool} line
 * gets PostgreSQL's XA data source class and connection properties and room for the job
 * repository's connections too; the job repository's pool line is left out and its resource {@code
 * jdbc/cync-batch} names the data pool. A chunk's checkpoint and CYNC's rows then share the chunk
 * transaction's one connection: one resource, committed in one phase, no transaction log record,
 * and no crash can commit one half without the other. Everything else in the file (transaction log,
 * batch runtime) stays as written. The password is only referenced as {@code
 * ${cync.store.password}}, a system property the launcher sets and Payara resolves when it
 * connects: it is never in a command, the log or the generated domain.xml.
 */
final class StoreCommands {
  static final String DATA_POOL = "cync-derby";
  static final String BATCH_POOL = "cync-batch";
  private static final String CREATE_POOL = "create-jdbc-connection-pool";
  private static final String CREATE_RESOURCE = "create-jdbc-resource";
  private static final String MAX_POOL_SIZE = "--maxpoolsize=";
  private static final String POOL_ID = "--connectionpoolid=";

  /** XA, as Derby's: Payara's transaction manager enlists it as an XA resource. */
  static final String DATA_SOURCE = "org.postgresql.xa.PGXADataSource";

  /** The one pool's connections in {@code pg_stat_activity}. */
  static final String APPLICATION_NAME = "cync";

  private StoreCommands() {}

  /** The file's commands, with the stores in one PostgreSQL pool when {@code store} is set. */
  static List<BootCommand> apply(List<BootCommand> commands, Optional<PostgresStore> store) {
    if (store.isEmpty()) {
      return commands;
    }
    BootCommand data = poolLine(commands, DATA_POOL);
    int connections = maxPoolSize(data) + maxPoolSize(poolLine(commands, BATCH_POOL));
    List<BootCommand> result = new ArrayList<>();
    for (BootCommand command : commands) {
      if (command == data) {
        result.add(onPostgres(command, store.get(), connections));
      } else if (isPool(command, BATCH_POOL)) {
        continue; // the job repository is in the data pool's database
      } else if (command.name().equals(CREATE_RESOURCE)
          && command.arguments().contains(POOL_ID + BATCH_POOL)) {
        result.add(replace(command, POOL_ID + BATCH_POOL, POOL_ID + DATA_POOL));
      } else {
        result.add(command);
      }
    }
    return result;
  }

  private static boolean isPool(BootCommand command, String pool) {
    return command.name().equals(CREATE_POOL)
        && !command.arguments().isEmpty()
        && command.arguments().getLast().equals(pool);
  }

  private static BootCommand poolLine(List<BootCommand> commands, String pool) {
    return commands.stream()
        .filter(c -> isPool(c, pool))
        .findFirst()
        .orElseThrow(
            () ->
                new StartupProblem(
                    (commands.isEmpty() ? "the boot file" : commands.getFirst().source())
                        + " has no '"
                        + CREATE_POOL
                        + " ... "
                        + pool
                        + "' line for PostgreSQL to replace: restore it from the built-in"
                        + " server-config, or unset "
                        + LaunchSettings.both(PostgresStore.URL)
                        + "."));
  }

  /** The line's {@code --maxpoolsize}, or Payara's default of 32 without one. */
  private static int maxPoolSize(BootCommand pool) {
    for (String option : pool.arguments()) {
      if (option.startsWith(MAX_POOL_SIZE)) {
        try {
          return Integer.parseInt(option.substring(MAX_POOL_SIZE.length()));
        } catch (NumberFormatException e) {
          throw new StartupProblem(
              pool.source()
                  + " line "
                  + pool.line()
                  + ": "
                  + option
                  + " is not a number: write the largest number of connections, e.g. "
                  + MAX_POOL_SIZE
                  + "300.");
        }
      }
    }
    return 32;
  }

  private static BootCommand replace(BootCommand command, String option, String by) {
    List<String> arguments = new ArrayList<>(command.arguments());
    arguments.replaceAll(a -> a.equals(option) ? by : a);
    return new BootCommand(command.name(), arguments, command.source(), command.line());
  }

  private static BootCommand onPostgres(BootCommand command, PostgresStore store, int max) {
    List<String> arguments = new ArrayList<>();
    List<String> options = command.arguments().subList(0, command.arguments().size() - 1);
    for (String option : options) {
      if (!option.startsWith("--datasourceclassname=")
          && !option.startsWith("--restype=")
          && !option.startsWith("--property=")
          && !option.startsWith(MAX_POOL_SIZE)) {
        arguments.add(option);
      }
    }
    arguments.add(MAX_POOL_SIZE + max);
    arguments.add("--datasourceclassname=" + DATA_SOURCE);
    arguments.add("--restype=javax.sql.XADataSource");
    arguments.add("--property=" + properties(store));
    arguments.add(command.arguments().getLast());
    return new BootCommand(command.name(), arguments, command.source(), command.line());
  }

  /**
   * Host, database and user are checked by {@link PostgresStore} to hold none of the characters
   * that asadmin would need escaped ({@code : = ;}).
   */
  static String properties(PostgresStore store) {
    return String.join(
        ":",
        "serverName=" + store.host(),
        "portNumber=" + store.port(),
        "databaseName=" + store.database(),
        "user=" + store.user(),
        "password=${" + StorePassword.PROPERTY + "}",
        "ApplicationName=" + APPLICATION_NAME);
  }
}
