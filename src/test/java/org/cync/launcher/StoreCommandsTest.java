package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void bothPoolsMoveToPostgresKeepingTheirNamesSizesAndTheRestOfTheFile() throws Exception {
    List<BootCommand> file = bootFile();
    List<BootCommand> commands = StoreCommands.apply(file, Optional.of(STORE));
    assertEquals(file.size(), commands.size());
    String data = pool(commands, "cync-derby");
    assertTrue(data.contains("--datasourceclassname=org.postgresql.xa.PGXADataSource"), data);
    assertTrue(data.contains("--restype=javax.sql.XADataSource"), data);
    assertTrue(data.contains("--maxpoolsize=600"), data);
    assertTrue(
        data.contains(
            "--property=serverName=db.example.org:portNumber=5433:databaseName=cync"
                + ":user=cync_app:password=${cync.store.password}"),
        data);
    assertFalse(data.contains("derby") && data.contains("databaseName=/"), data);
    String batch = pool(commands, "cync-batch");
    assertTrue(batch.contains("--datasourceclassname=org.postgresql.ds.PGSimpleDataSource"), batch);
    assertTrue(batch.contains("--restype=javax.sql.DataSource"), batch);
    assertFalse(batch.contains("h2"), batch);
    for (int i = 0; i < file.size(); i++) {
      if (!file.get(i).name().equals("create-jdbc-connection-pool")) {
        assertEquals(file.get(i), commands.get(i));
      }
    }
    assertTrue(commands.stream().noneMatch(c -> c.text().contains("pg-s3cret")));
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

  private static String pool(List<BootCommand> commands, String name) {
    return commands.stream()
        .filter(c -> c.name().equals("create-jdbc-connection-pool"))
        .filter(c -> c.arguments().getLast().equals(name))
        .findFirst()
        .orElseThrow()
        .text();
  }

  private static List<BootCommand> bootFile() throws Exception {
    String text = Files.readString(Path.of("server-config", CyncLauncher.BOOT_FILE));
    return BootCommandScript.parse(text, "server-config", n -> "/srv/cync");
  }
}
