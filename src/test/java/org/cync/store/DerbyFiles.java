package org.cync.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Embedded Derby databases under target/ for the schema tests: made, unzipped, read, closed. */
final class DerbyFiles {
  static final Path ROOT = Path.of("target", "store-schema");

  private DerbyFiles() {}

  /** A new, empty directory for one test's database. */
  static Path fresh(String name) throws IOException {
    Path dir = ROOT.resolve(name + "-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(dir);
    return dir;
  }

  static Connection open(Path database) throws SQLException {
    return DriverManager.getConnection("jdbc:derby:" + database + ";create=true");
  }

  /** Closes the database's files, as Payara does at shutdown. */
  static void shutdown(Path database) {
    try {
      DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby answers a shutdown with SQLState 08006
    }
  }

  /** Unzips a class-path resource into {@code dir}; returns {@code dir}. */
  static Path unzip(String resource, Path dir) throws IOException {
    try (InputStream in = DerbyFiles.class.getResourceAsStream(resource);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("entry outside the directory: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
        }
      }
    }
    return dir;
  }

  /** Table → "COLUMN TYPE(SIZE)" lines of the APP schema, Liquibase's own tables left out. */
  static Map<String, Map<String, String>> columns(Connection c) throws SQLException {
    Map<String, Map<String, String>> tables = new TreeMap<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet r = meta.getColumns(null, "APP", "%", "%")) {
      while (r.next()) {
        String table = r.getString("TABLE_NAME");
        if (!table.startsWith("DATABASECHANGELOG")) {
          tables
              .computeIfAbsent(table, t -> new TreeMap<>())
              .put(
                  r.getString("COLUMN_NAME"),
                  r.getString("TYPE_NAME")
                      + "("
                      + r.getInt("COLUMN_SIZE")
                      + ") "
                      + (r.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "NOT NULL" : ""));
        }
      }
    }
    return tables;
  }

  /** Index name → "TABLE COLUMN [UNIQUE]" of the APP schema, named ones only (no SQL… names). */
  static Map<String, String> indexes(Connection c, Iterable<String> tables) throws SQLException {
    Map<String, String> indexes = new TreeMap<>();
    for (String table : tables) {
      try (ResultSet r = c.getMetaData().getIndexInfo(null, "APP", table, false, false)) {
        while (r.next()) {
          String name = r.getString("INDEX_NAME");
          if (name != null && !name.startsWith("SQL")) {
            indexes.put(
                name,
                table
                    + " "
                    + r.getString("COLUMN_NAME")
                    + (r.getBoolean("NON_UNIQUE") ? "" : " UNIQUE"));
          }
        }
      }
    }
    return indexes;
  }

  /** SHA-256 of every row of {@code table} in key order: equal digests, equal contents. */
  static String digest(Connection c, String table, String orderBy) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          if (v instanceof java.sql.Clob clob) {
            v = clob.getSubString(1, (int) clob.length());
          } else if (v instanceof java.sql.Blob blob) {
            v = HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
          }
          sha.update((i + "=" + v + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        sha.update((byte) '\n');
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
