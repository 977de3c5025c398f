package org.cync.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The java.util.logging configuration handed to Payara Micro: Payara's own levels, everything at
 * INFO and above into {@code logs/cync.log.0} ... {@code .9} of the data directory (1,024,000 bytes
 * a file, as Payara's --logtofile did), and only {@link ConsoleLines} on the console.
 */
final class LogConfiguration {
  static final String PAYARA_DEFAULTS = "MICRO-INF/domain/logging.properties";
  private static final String FILE = "java.util.logging.FileHandler";
  private static final String CONSOLE = "java.util.logging.ConsoleHandler";
  private static final String ODL = "com.sun.enterprise.server.logging.ODLLogFormatter";

  private LogConfiguration() {}

  /** Payara's defaults (when found) with CYNC's handlers; {@code logs} is the log folder. */
  static Properties of(Path logs, InputStream payaraDefaults) {
    Properties properties = new Properties();
    if (payaraDefaults != null) {
      try (payaraDefaults) {
        properties.load(payaraDefaults);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    properties.setProperty("handlers", FILE + ", " + CONSOLE);
    properties.setProperty(FILE + ".pattern", logs.resolve("cync.log").toString());
    properties.setProperty(FILE + ".limit", "1024000");
    properties.setProperty(FILE + ".count", "10");
    properties.setProperty(FILE + ".append", "true");
    properties.setProperty(FILE + ".level", "INFO");
    properties.setProperty(FILE + ".formatter", ODL);
    properties.setProperty(ODL + ".ansiColor", "false");
    properties.setProperty(CONSOLE + ".level", "INFO");
    properties.setProperty(CONSOLE + ".filter", ConsoleLines.class.getName());
    properties.setProperty(CONSOLE + ".formatter", ConsoleLines.Format.class.getName());
    return properties;
  }

  /** The text of a properties file, for Payara to read. */
  static String text(Properties properties) {
    StringWriter out = new StringWriter();
    try {
      properties.store(out, "Written by CYNC's launcher at every start (org.cync.launcher)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
