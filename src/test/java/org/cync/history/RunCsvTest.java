package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cync.graphbatch.GraphTrace;
import org.cync.mailbox.PendingChanges;
import org.cync.sync.RunMailboxFixture;
import org.junit.jupiter.api.Test;

/** The CSV rows: every column, quoting that parses back, and no formula a spreadsheet would run. */
class RunCsvTest {

  @Test
  void aFailedMailboxRowHasEveryColumnAndParsesBack() throws Exception {
    var row =
        RunMailboxFixture.failed(
            "u-1",
            "Berg, \"Anna\"",
            "ErrorAccessDenied",
            "=HYPERLINK(\"http://evil\")\nsecond line",
            new GraphTrace("req-1", "client-1", "2025-02-13T10:17:05Z"));
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, RunCsv.FORMAT)) {
      csv.printRecord((Object[]) RunCsv.MAILBOX_HEADER);
      csv.printRecord(RunCsv.mailbox(row));
    }
    List<CSVRecord> records =
        CSVParser.parse(new StringReader(out.toString()), RunCsv.FORMAT).getRecords();
    assertEquals(List.of(RunCsv.MAILBOX_HEADER), records.get(0).toList());
    assertEquals(
        List.of(
            "u-1",
            "Berg, \"Anna\"",
            "FAILED",
            "5",
            "2",
            "1",
            "4",
            "2",
            "0",
            "1",
            "ErrorAccessDenied",
            "'=HYPERLINK(\"http://evil\")\nsecond line",
            "req-1",
            "client-1",
            "2025-02-13T10:17:05Z"),
        records.get(1).toList());
  }

  @Test
  void cellsThatASpreadsheetWouldRunGetAnApostrophe() {
    for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + formula, RunCsv.safe(formula));
    }
    assertEquals("Anna", RunCsv.safe("Anna"));
    assertEquals("a=b", RunCsv.safe("a=b"));
    assertEquals("", RunCsv.safe(null));
  }

  @Test
  void aChangeRowNamesMailboxKindPersonAndFields() {
    var change =
        new PendingChanges.Row("UPDATE", "src-9", "-Bob", List.of("jobTitle", "department"), null);
    assertEquals(
        List.of("u-1", "Anna Berg", "update", "src-9", "'-Bob", "jobTitle; department", ""),
        RunCsv.change("u-1", "Anna Berg", change));
  }
}
