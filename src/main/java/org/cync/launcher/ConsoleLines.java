package org.cync.launcher;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What reaches the console: CYNC's own messages (written for a person: where the first password is,
 * the simulated tenant, runs) and every error, one line each. Payara's own chatter (deployment
 * notices, endpoint lists, its warnings about itself) goes to the log file only, where every record
 * is kept in full. Named in the logging configuration ({@link LogConfiguration}), so
 * java.util.logging creates it by name.
 */
public final class ConsoleLines implements Filter {
  private static final String CYNC = "org.cync.";

  @Override
  public boolean isLoggable(LogRecord record) {
    int level = record.getLevel().intValue();
    String logger = record.getLoggerName();
    return level >= Level.SEVERE.intValue()
        || (level >= Level.INFO.intValue() && logger != null && logger.startsWith(CYNC));
  }

  /** One line a record: time, level, the message's first line; the stack trace is in the file. */
  public static final class Format extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public String format(LogRecord record) {
      String message = formatMessage(record);
      String text = message == null ? "" : message.strip();
      int end = text.indexOf('\n');
      String first = end < 0 ? text : text.substring(0, end).strip() + " …";
      String thrown = record.getThrown() == null ? "" : " (details in the log file)";
      return TIME.format(LocalTime.now())
          + " "
          + record.getLevel().getName()
          + " "
          + first
          + thrown
          + System.lineSeparator();
    }
  }
}
