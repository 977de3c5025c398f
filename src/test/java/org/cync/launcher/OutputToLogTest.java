package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class OutputToLogTest {
  @Test
  void eachPrintedLineBecomesOneInfoRecordAndLongLinesAreCut() {
    Logger logger = Logger.getLogger("test.output-to-log");
    logger.setUseParentHandlers(false);
    List<LogRecord> records = new ArrayList<>();
    Handler h =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            records.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(h);
    try (PrintStream out = new PrintStream(new OutputToLog(logger), true, StandardCharsets.UTF_8)) {
      out.println("JdbcRuntimeExtension,  getAll… = [a, b]");
      out.println();
      out.print("x".repeat(OutputToLog.MAX_LINE + 10));
      out.print("\r\n");
      out.print("no newline yet");
    }
    assertEquals(3, records.size(), records.toString());
    assertEquals("JdbcRuntimeExtension,  getAll… = [a, b]", records.get(0).getMessage());
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertEquals(OutputToLog.MAX_LINE, records.get(1).getMessage().length());
    assertEquals("no newline yet", records.get(2).getMessage(), "closing flushes the rest");
  }
}
