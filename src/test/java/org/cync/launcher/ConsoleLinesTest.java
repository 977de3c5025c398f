package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ConsoleLinesTest {
  private final ConsoleLines console = new ConsoleLines();

  private static LogRecord record(Level level, String logger, String message) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger);
    return record;
  }

  @Test
  void cyncMessagesAndEveryErrorReachTheConsole() {
    assertTrue(console.isLoggable(record(Level.INFO, "org.cync.trial.SimulatedTenant", "on")));
    assertTrue(console.isLoggable(record(Level.WARNING, "org.cync.accounts.X", "password in")));
    assertTrue(console.isLoggable(record(Level.SEVERE, "jakarta.enterprise.web", "failed")));
  }

  @Test
  void payarasChatterAndCyncsDetailsStayInTheFile() {
    assertFalse(console.isLoggable(record(Level.INFO, "jakarta.enterprise.ejb.container", "JNDI")));
    assertFalse(console.isLoggable(record(Level.WARNING, "javax.enterprise.system.util", "x")));
    assertFalse(console.isLoggable(record(Level.FINE, "org.cync.sync.Plan", "detail")));
    assertTrue(console.isLoggable(record(Level.SEVERE, null, "no logger")));
  }

  @Test
  void aRecordIsOneLineWithoutItsStackTrace() {
    LogRecord record = record(Level.SEVERE, "x", "Deployment failed\nCaused by: …\n\tat a.b.C");
    record.setThrown(new IllegalStateException("boom"));
    String line = new ConsoleLines.Format().format(record);
    assertEquals(1, line.strip().lines().count(), line);
    assertTrue(
        line.matches(
            "\\d\\d:\\d\\d:\\d\\d SEVERE Deployment failed … \\(details in the log file\\)\\R"),
        line);
  }

  @Test
  void theFileGetsEverythingTheConsoleOnlyTheFilteredLines() {
    Properties p = LogConfiguration.of(Path.of("/data/logs"), null);
    assertEquals(
        "java.util.logging.FileHandler, java.util.logging.ConsoleHandler",
        p.getProperty("handlers"));
    assertEquals(
        Path.of("/data/logs/cync.log").toString(),
        p.getProperty("java.util.logging.FileHandler.pattern"));
    assertEquals("10", p.getProperty("java.util.logging.FileHandler.count"));
    assertEquals(
        ConsoleLines.class.getName(), p.getProperty("java.util.logging.ConsoleHandler.filter"));
    assertEquals(
        ConsoleLines.Format.class.getName(),
        p.getProperty("java.util.logging.ConsoleHandler.formatter"));
  }

  @Test
  void payarasLevelsAreKept() {
    Properties p =
        LogConfiguration.of(
            Path.of("/data/logs"),
            new java.io.ByteArrayInputStream(
                "javax.enterprise.system.core.level=INFO\n".getBytes()));
    assertEquals("INFO", p.getProperty("javax.enterprise.system.core.level"));
    assertTrue(LogConfiguration.text(p).contains("ConsoleLines"));
  }

  @Test
  void theRunningLinesNameAddressVersionDataAndLog() {
    var lines =
        CyncLauncher.runningLines("http://localhost:8080", "1.2.3", Path.of("/var/lib/cync"));
    assertEquals("CYNC is running on http://localhost:8080", lines.get(0));
    assertEquals("Version 1.2.3, data directory /var/lib/cync", lines.get(1));
    assertTrue(lines.get(2).startsWith("Log files: /var/lib/cync/logs/cync.log.0"), lines.get(2));
  }
}
