package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The changelog against the entities: a fresh store made by the migrations has every table, column
 * (type and length as EclipseLink maps them on Derby) and index the entities declare, so an entity
 * changed without a changeset fails here; and it is the schema that create-or-extend-tables made
 * before (the store of the upgrade fixture, {@link StoreUpgradeTest}).
 */
class SchemaMigrationTest {
  /**
   * The newest tag of the changelog, which every migration ends at: a new version changes it here.
   */
  static final String NEWEST = "1";

  static Path database;
  static Map<String, Map<String, String>> migrated;

  static String console;

  @BeforeAll
  static void migrateFreshStore() throws Exception {
    database = DerbyFiles.fresh("fresh").resolve("derby");
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(NEWEST, SchemaMigration.migrate(DerbyFiles.open(database)));
    } finally {
      System.setOut(out);
    }
    console = captured.toString(StandardCharsets.UTF_8);
    try (Connection c = DerbyFiles.open(database)) {
      migrated = DerbyFiles.columns(c);
    }
  }

  @Test
  void everyEntityColumnIsInTheMigratedStore() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Class<?>> entities = entities();
    assertTrue(entities.size() >= 18, "entities found: " + entities);
    for (Class<?> entity : entities) {
      String table = table(entity);
      Map<String, String> columns = migrated.get(table);
      if (columns == null) {
        problems.add(entity.getSimpleName() + ": no table " + table);
        continue;
      }
      for (Field f : entity.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
          continue;
        }
        String column = column(f);
        String actual = columns.get(column);
        String expected = expectedType(f);
        if (actual == null || !actual.startsWith(expected)) {
          problems.add(table + "." + column + ": expected " + expected + ", found " + actual);
        }
      }
    }
    assertEquals(List.of(), problems, "entity changed without a changeset in db/changelog.xml?");
  }

  @Test
  void everyDeclaredIndexIsThere() throws Exception {
    List<String> problems = new ArrayList<>();
    try (Connection c = DerbyFiles.open(database)) {
      Map<String, String> indexes = DerbyFiles.indexes(c, migrated.keySet());
      for (Class<?> entity : entities()) {
        Table t = entity.getAnnotation(Table.class);
        for (Index index : t == null ? new Index[0] : t.indexes()) {
          String table = table(entity);
          String column = index.columnList().toUpperCase(Locale.ROOT);
          String name = index.name().isEmpty() ? "INDEX_" + table + "_" + column : index.name();
          String expected = table + " " + column + (index.unique() ? " UNIQUE" : "");
          if (!expected.equals(indexes.get(name))) {
            problems.add(name + ": expected " + expected + ", found " + indexes.get(name));
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void isTheSchemaThatCreateOrExtendTablesMade() throws Exception {
    Path old = DerbyFiles.unzip(StoreUpgradeTest.FIXTURE, DerbyFiles.fresh("main"));
    try (Connection c = DerbyFiles.open(old.resolve("derby"));
        Connection fresh = DerbyFiles.open(database)) {
      Map<String, Map<String, String>> made = DerbyFiles.columns(c);
      assertEquals(made, migrated);
      assertEquals(
          DerbyFiles.indexes(c, made.keySet()), DerbyFiles.indexes(fresh, migrated.keySet()));
    } finally {
      DerbyFiles.shutdown(old.resolve("derby"));
    }
  }

  @Test
  void printsNothingOnTheConsole() {
    assertEquals("", console.strip(), "Liquibase's summary and banner belong in the log file");
  }

  @Test
  void runsOnceOnly() throws Exception {
    long before;
    try (Connection c = DerbyFiles.open(database)) {
      before = DerbyFiles.count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG");
    }
    assertEquals(NEWEST, SchemaMigration.migrate(DerbyFiles.open(database)));
    try (Connection c = DerbyFiles.open(database)) {
      assertEquals(before, DerbyFiles.count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
      assertEquals(
          1, DerbyFiles.count(c, "SELECT COUNT(*) FROM SEQUENCE WHERE SEQ_NAME = 'SEQ_GEN'"));
    }
    assertFalse(before == 0);
  }

  /** Every @Entity of the product: the classes compiled beside {@link SchemaMigration}. */
  static List<Class<?>> entities() throws Exception {
    Path classes =
        Path.of(SchemaMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> entities = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("org/cync"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> c = Class.forName(name, false, SchemaMigration.class.getClassLoader());
        if (c.isAnnotationPresent(Entity.class)) {
          entities.add(c);
        }
      }
    }
    return entities;
  }

  static String table(Class<?> entity) {
    Table t = entity.getAnnotation(Table.class);
    String name = t == null || t.name().isEmpty() ? entity.getSimpleName() : t.name();
    return name.toUpperCase(Locale.ROOT);
  }

  static String column(Field f) {
    Column c = f.getAnnotation(Column.class);
    String name = c == null || c.name().isEmpty() ? f.getName() : c.name();
    return name.toUpperCase(Locale.ROOT);
  }

  /** The start of the column's description as EclipseLink maps the field on Derby. */
  static String expectedType(Field f) {
    Class<?> type = f.getType();
    Column column = f.getAnnotation(Column.class);
    int length = column == null ? 255 : column.length();
    Enumerated enumerated = f.getAnnotation(Enumerated.class);
    if (type == long.class || type == Long.class) {
      return "BIGINT";
    } else if (type == int.class || type == Integer.class) {
      return "INTEGER";
    } else if (type == boolean.class) {
      return "SMALLINT";
    } else if (type == Instant.class) {
      return "TIMESTAMP";
    } else if (type == byte[].class && f.isAnnotationPresent(Lob.class)) {
      return "BLOB(" + length + ")";
    } else if (type == String.class && f.isAnnotationPresent(Lob.class)) {
      return "CLOB";
    } else if (type == String.class
        || (type.isEnum() && enumerated != null && enumerated.value() == EnumType.STRING)) {
      return "VARCHAR(" + length + ")";
    } else if (type.isEnum()) {
      return "INTEGER";
    }
    return "a type this test does not know yet: " + type.getName();
  }
}
