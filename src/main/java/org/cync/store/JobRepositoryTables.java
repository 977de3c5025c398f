package org.cync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Payara's batch job repository (tables prefixed JBATCH, {@code set-batch-runtime-configuration} in
 * the boot file) made in PostgreSQL by the move, with Payara's own statements (copied from Payara
 * 7.2026.11's PostgresPersistenceManager; Payara finds the tables and uses them), so that the job
 * repository's rows can be moved too: a run page, a run's steps and a restart of a held run need
 * the job execution that CYNC's run history names. The serial counters then continue after the
 * highest moved ID, so a new run never reuses an old run's number.
 */
final class JobRepositoryTables {
  static final String PREFIX = "JBATCH";

  /** Table (without prefix) → its statement, in the order their references need. */
  static final Map<String, String> CREATE = new LinkedHashMap<>();

  static {
    CREATE.put(
        "JOBINSTANCEDATA",
        "(jobinstanceid serial not null PRIMARY KEY,name character varying (512),"
            + "apptag VARCHAR(512))");
    CREATE.put(
        "EXECUTIONINSTANCEDATA",
        "(jobexecid serial not null PRIMARY KEY,jobinstanceid bigint not null REFERENCES "
            + PREFIX
            + "JOBINSTANCEDATA(jobinstanceid),createtime timestamp,starttime timestamp,endtime"
            + " timestamp,updatetime timestamp,parameters bytea,batchstatus character varying"
            + " (512),exitstatus character varying (512))");
    CREATE.put(
        "STEPEXECUTIONINSTANCEDATA",
        "(stepexecid serial not null PRIMARY KEY,jobexecid bigint not null REFERENCES "
            + PREFIX
            + "EXECUTIONINSTANCEDATA(jobexecid),batchstatus character varying (512),exitstatus"
            + " character varying (512),stepname character varying (512),readcount integer,"
            + "writecount integer,commitcount integer,rollbackcount integer,readskipcount"
            + " integer,processskipcount integer,filtercount integer,writeskipcount integer,"
            + "startTime timestamp,endTime timestamp,persistentData bytea)");
    CREATE.put(
        "JOBSTATUS",
        "(id bigint not null REFERENCES " + PREFIX + "JOBINSTANCEDATA (jobinstanceid),obj bytea)");
    CREATE.put(
        "STEPSTATUS",
        "(id bigint not null REFERENCES "
            + PREFIX
            + "STEPEXECUTIONINSTANCEDATA (stepexecid), obj bytea)");
    CREATE.put("CHECKPOINTDATA", "(id character varying (512),obj bytea)");
  }

  /** Serial column → the CYNC column whose highest value it must also pass. */
  private static final Map<String, String[]> COUNTERS =
      Map.of(
          "JOBINSTANCEDATA", new String[] {"jobinstanceid", "INSTANCEID"},
          "EXECUTIONINSTANCEDATA", new String[] {"jobexecid", "EXECUTIONID"},
          "STEPEXECUTIONINSTANCEDATA", new String[] {"stepexecid", null});

  private JobRepositoryTables() {}

  static void create(Connection pg) throws SQLException {
    try (Statement s = pg.createStatement()) {
      for (Map.Entry<String, String> t : CREATE.entrySet()) {
        s.execute("CREATE TABLE " + PREFIX + t.getKey() + t.getValue());
      }
    }
  }

  /** Sets each serial counter past the highest ID moved and every run CYNC's history knows. */
  static void continueCounters(Connection pg) throws SQLException {
    for (Map.Entry<String, String[]> c : COUNTERS.entrySet()) {
      String table = PREFIX + c.getKey();
      String column = c.getValue()[0];
      long highest = max(pg, "SELECT MAX(" + column + ") FROM " + table);
      if (c.getValue()[1] != null) {
        highest =
            Math.max(highest, max(pg, "SELECT MAX(" + c.getValue()[1] + ") FROM RUN_SUMMARY"));
      }
      try (PreparedStatement s =
          pg.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
        s.setString(1, table.toLowerCase(java.util.Locale.ROOT));
        s.setString(2, column);
        s.setLong(3, highest + 1);
        s.execute();
      }
    }
  }

  private static long max(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }
}
