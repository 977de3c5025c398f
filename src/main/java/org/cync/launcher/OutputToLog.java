package org.cync.launcher;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara prints a few notices with {@code System.out.println} (e.g. its JDBC resource list after
 * every start); they would bypass the logging set-up and reach the console. This stream turns each
 * line into a log record, which goes to the log file only ({@link ConsoleLines} lets no other
 * logger's INFO through). Own code because java.util.logging has no such stream; it is a line
 * buffer.
 */
final class OutputToLog extends OutputStream {
  /** Long lines are cut: a runaway print must not grow the buffer without end. */
  static final int MAX_LINE = 16 * 1024;

  private final Logger logger;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  OutputToLog(Logger logger) {
    this.logger = logger;
  }

  /** A print stream for {@code System.setOut} that logs under {@code name}. */
  static PrintStream printStream(String name) {
    return new PrintStream(new OutputToLog(Logger.getLogger(name)), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      flushLine();
    } else if (line.size() < MAX_LINE) {
      line.write(b);
    }
  }

  @Override
  public synchronized void close() {
    flushLine();
  }

  private void flushLine() {
    String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
    line.reset();
    if (!text.isEmpty()) {
      logger.log(Level.INFO, text);
    }
  }
}
