package org.cync.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What a PostgreSQL backup folder holds ({@value #FILE}): when it was taken, the schema version its
 * rows fit, and per table its columns, row count and the SHA-256 of its file ({@code
 * <table>.copy.gz}, COPY's text format, gzip'd). A properties file, because the restore reads it in
 * the launcher's class loader, where no JSON library is; every value is checked when read, so a
 * damaged or edited manifest is refused before a row is touched.
 */
record BackupManifest(Instant taken, SchemaVersion schema, List<Table> tables) {
  static final String FILE = "postgresql-backup.properties";
  static final String FORMAT = "cync-postgresql-backup-1";
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_$]{0,62}");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final int MAX_TABLES = 200;

  /** Refuses a table or column name that is not plain (it goes into SQL and a file name). */
  static void requireName(String name) throws java.io.IOException {
    if (!NAME.matcher(name).matches()) {
      throw new java.io.IOException(
          "the store has a table or column named '"
              + name
              + "', not a plain lower-case name; CYNC's own are all plain: remove it from CYNC's"
              + " schema");
    }
  }

  /** One table: its file holds {@code rows} rows of {@code columns}, digest {@code sha256}. */
  record Table(String name, List<String> columns, long rows, String sha256) {
    String file() {
      return name + ".copy.gz";
    }
  }

  String text() {
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    p.setProperty("taken", taken.toString());
    p.setProperty("schema", schema.text());
    p.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
    for (Table t : tables) {
      p.setProperty("table." + t.name() + ".columns", String.join(",", t.columns()));
      p.setProperty("table." + t.name() + ".rows", Long.toString(t.rows()));
      p.setProperty("table." + t.name() + ".sha256", t.sha256());
    }
    StringWriter out = new StringWriter();
    try {
      p.store(out, "CYNC's backup of its PostgreSQL stores; restore: operations.md, Backup");
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  static BackupManifest parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw refused("it is not a properties file (" + e.getMessage() + ")");
    }
    if (!FORMAT.equals(p.getProperty("format"))) {
      throw refused("its format is '" + p.getProperty("format") + "', not " + FORMAT);
    }
    Instant taken;
    try {
      taken = Instant.parse(String.valueOf(p.getProperty("taken")));
    } catch (DateTimeParseException e) {
      throw refused("'taken' is not a UTC time");
    }
    String[] names = String.valueOf(p.getProperty("tables", "")).split(",");
    if (names.length > MAX_TABLES) {
      throw refused("it names more than " + MAX_TABLES + " tables");
    }
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      String prefix = "table." + name + ".";
      List<String> columns = Arrays.asList(p.getProperty(prefix + "columns", "").split(","));
      if (!NAME.matcher(name).matches()
          || !columns.stream().allMatch(c -> NAME.matcher(c).matches())) {
        throw refused("the table '" + name + "' or one of its columns is not a plain name");
      }
      String sha256 = p.getProperty(prefix + "sha256", "");
      if (!HEX.matcher(sha256).matches()) {
        throw refused("the table " + name + " has no SHA-256");
      }
      long rows;
      try {
        rows = Long.parseLong(p.getProperty(prefix + "rows", ""));
      } catch (NumberFormatException e) {
        rows = -1;
      }
      if (rows < 0) {
        throw refused("the table " + name + " has no row count");
      }
      tables.add(new Table(name, List.copyOf(columns), rows, sha256));
    }
    return new BackupManifest(
        taken, SchemaVersion.parse(p.getProperty("schema")), List.copyOf(tables));
  }

  /** Reads the manifest of {@code folder} and checks every table file's digest against it. */
  static BackupManifest readVerified(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file) || Files.size(file) > 1_000_000) {
      throw new StoreRefused(folder + " has no " + FILE + ": it is not a PostgreSQL backup.");
    }
    BackupManifest manifest = parse(Files.readString(file));
    for (Table t : manifest.tables()) {
      Path data = folder.resolve(t.file());
      String actual;
      if (!Files.isRegularFile(data)) {
        actual = "missing";
      } else {
        try (InputStream in = Files.newInputStream(data)) {
          actual = DigestUtils.sha256Hex(in);
        }
      }
      if (!actual.equals(t.sha256())) {
        throw new StoreRefused(
            "the backup "
                + folder
                + " is damaged: "
                + t.file()
                + (actual.equals("missing")
                    ? " is missing"
                    : " does not have the SHA-256 its manifest names")
                + ". Nothing was restored; restore another backup.");
      }
    }
    return manifest;
  }

  private static StoreRefused refused(String why) {
    return new StoreRefused(
        "the backup's " + FILE + " is not readable: " + why + ". Nothing was restored.");
  }
}
