package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real boot file with the stores put on PostgreSQL. */
class StoreCommandsTest {
  private static final PostgresStore STORE =
      new PostgresStore("db.example.org", 5433, "cync", "cync_app", "pg-s3cret");

  @Test
  void withoutPostgresTheFileIsRunAsWritten() throws Exception {
    List<BootCommand> file = bootFile();
    assertSame(file, StoreCommands.apply(file, Optional.empty()));
  }

  @Test
  void bothStoresShareTheDataPoolOnPostgres() throws Exception {
    List<BootCommand> file = bootFile();
    List<BootCommand> commands = StoreCommands.apply(file, Optional.of(STORE));
    String data = pool(commands, "cync-derby").orElseThrow();
    assertTrue(data.contains("--datasourceclassname=org.postgresql.xa.PGXADataSource"), data);
    assertTrue(data.contains("--restype=javax.sql.XADataSource"), data);
    assertTrue(
        data.contains(
            "--property=serverName=db.example.org:portNumber=5433:databaseName=cync"
                + ":user=cync_app:password=${cync.store.password}:ApplicationName=cync "),
        data);
    assertFalse(data.contains("derby") && data.contains("databaseName=/"), data);
    assertTrue(pool(commands, "cync-batch").isEmpty(), "no pool of its own for the job repository");
    assertEquals(
        List.of(
            "create-jdbc-resource --connectionpoolid=cync-derby jdbc/cync",
            "create-jdbc-resource --connectionpoolid=cync-derby jdbc/cync-batch"),
        commands.stream()
            .filter(c -> c.name().equals("create-jdbc-resource"))
            .map(BootCommand::text)
            .toList());
    assertTrue(commands.stream().noneMatch(c -> c.text().contains("pg-s3cret")));
  }

  @Test
  void theOnePoolHasTheConnectionsOfBothAndTheRestOfTheFileIsKept() throws Exception {
    List<BootCommand> file = bootFile();
    List<BootCommand> commands = StoreCommands.apply(file, Optional.of(STORE));
    String data = pool(commands, "cync-derby").orElseThrow();
    assertTrue(pool(file, "cync-derby").orElseThrow().contains("--maxpoolsize=600"));
    assertTrue(pool(file, "cync-batch").orElseThrow().contains("--maxpoolsize=300"));
    assertTrue(data.contains("--maxpoolsize=900"), data);
    assertTrue(data.contains("--steadypoolsize=1 ") && data.contains("--validationmethod="), data);
    List<BootCommand> untouched = new ArrayList<>(file);
    untouched.removeIf(c -> c.name().startsWith("create-jdbc-"));
    List<BootCommand> rest = new ArrayList<>(commands);
    rest.removeIf(c -> c.name().startsWith("create-jdbc-"));
    assertEquals(untouched, rest);
    assertEquals(file.size() - 1, commands.size());
  }

  @Test
  void aBootFileWithoutThePoolLinesCannotBeMoved() {
    List<BootCommand> file =
        BootCommandScript.parse(
            "create-jdbc-resource --connectionpoolid=x jdbc/cync", "f", n -> "");
    assertTrue(
        assertThrows(StartupProblem.class, () -> StoreCommands.apply(file, Optional.of(STORE)))
            .getMessage()
            .contains("cync-derby"));
  }

  @Test
  void aPoolSizeThatIsNoNumberIsNamed() {
    List<BootCommand> file =
        BootCommandScript.parse(
            "create-jdbc-connection-pool --maxpoolsize=many cync-derby\n"
                + "create-jdbc-connection-pool cync-batch",
            "f",
            n -> "");
    String message =
        assertThrows(StartupProblem.class, () -> StoreCommands.apply(file, Optional.of(STORE)))
            .getMessage();
    assertTrue(message.contains("f line 1: --maxpoolsize=many is not a number"), message);
  }

  private static Optional<String> pool(List<BootCommand> commands, String name) {
    return commands.stream()
        .filter(c -> c.name().equals("create-jdbc-connection-pool"))
        .filter(c -> c.arguments().getLast().equals(name))
        .findFirst()
        .map(BootCommand::text);
  }

  private static List<BootCommand> bootFile() throws Exception {
    String text = Files.readString(Path.of("server-config", CyncLauncher.BOOT_FILE));
    return BootCommandScript.parse(text, "server-config", n -> "/srv/cync");
  }
}
