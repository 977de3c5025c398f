package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The move command's checks, the start's refusal after a move, and what is unpacked for it. */
class MoveToStoreTest {
  @TempDir Path dir;

  private LaunchSettings settings(Optional<PostgresStore> store) {
    return new LaunchSettings(
        8080, dir, Optional.empty(), Optional.empty(), Optional.empty(), store);
  }

  private static Optional<PostgresStore> postgres() {
    return Optional.of(new PostgresStore("db", 5432, "cync", "cync", "secret"));
  }

  @Test
  void onlyPostgresqlIsAStoreToMoveTo() {
    StartupProblem p =
        assertThrows(StartupProblem.class, () -> MoveToStore.run("mysql", settings(postgres())));
    assertTrue(
        p.getMessage().contains("the one store CYNC moves to is postgresql"), p.getMessage());
  }

  @Test
  void theMoveNeedsThePostgresSettings() {
    StartupProblem p =
        assertThrows(
            StartupProblem.class, () -> MoveToStore.run("postgresql", settings(Optional.empty())));
    assertTrue(p.getMessage().contains("cync.store.url (CYNC_STORE_URL)"), p.getMessage());
  }

  @Test
  void aMovedDataDirectoryDoesNotStartOnDerby() throws Exception {
    Files.writeString(dir.resolve(MoveToStore.NOTE), "Moved to jdbc:postgresql://db:5432/cync\n");
    StartupProblem p =
        assertThrows(
            StartupProblem.class,
            () -> MoveToStore.requireStoreSettings(settings(Optional.empty())));
    assertTrue(p.getMessage().contains("Moved to jdbc:postgresql://db:5432/cync"), p.getMessage());
    assertTrue(p.getMessage().contains("new, empty Derby store"), p.getMessage());
    assertDoesNotThrow(() -> MoveToStore.requireStoreSettings(settings(postgres())));
  }

  @Test
  void anUnmovedDataDirectoryStartsOnDerby() {
    assertDoesNotThrow(() -> MoveToStore.requireStoreSettings(settings(Optional.empty())));
  }

  @Test
  void unpacksTheDriversAndTheWarsClassesAndLibraries() throws Exception {
    ByteArrayOutputStream war = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(war)) {
      entry(z, "WEB-INF/classes/org/cync/store/StoreMove.class", "class");
      entry(z, "WEB-INF/classes/db/changelog.xml", "<xml/>");
      entry(z, "WEB-INF/lib/liquibase-core.jar", "jar");
      entry(z, "index.xhtml", "page");
    }
    Path jar = dir.resolve("cync.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream z = new ZipOutputStream(out)) {
      entry(z, "MICRO-INF/lib/derby.jar", "derby");
      entry(z, "MICRO-INF/lib/postgresql.jar", "pg");
      entry(z, "MICRO-INF/runtime/h2.jar", "h2");
      entry(z, "MICRO-INF/runtime/snakeyaml.jar", "yaml");
      entry(z, "MICRO-INF/runtime/other.jar", "no");
      z.putNextEntry(new ZipEntry(BundledWar.ENTRY));
      z.write(war.toByteArray());
    }
    Path unpacked = Files.createDirectory(dir.resolve("unpacked"));
    List<String> names =
        WarCommand.classPath(jar, unpacked).stream()
            .map(URL::getPath)
            .map(p -> p.substring(p.indexOf("/unpacked/") + "/unpacked/".length()))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "classes/",
            "lib/derby.jar",
            "lib/h2.jar",
            "lib/liquibase-core.jar",
            "lib/postgresql.jar",
            "lib/snakeyaml.jar"),
        names);
    assertEquals(
        "<xml/>", Files.readString(unpacked.resolve("classes/db/changelog.xml")), "the changelog");
  }

  private static void entry(ZipOutputStream z, String name, String text) throws Exception {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theRefusalTheLauncherLooksForIsTheStoresOwnClass() {
    assertEquals(org.cync.store.StoreRefused.class.getName(), WarCommand.REFUSED);
  }
}
