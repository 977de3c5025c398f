package org.cync.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HexFormat;

/**
 * How a column's values cross from Derby or H2 to PostgreSQL, by the target column's JDBC type:
 * EclipseLink's booleans are SMALLINT on Derby and BOOLEAN on PostgreSQL, CLOB and BLOB are TEXT
 * and BYTEA there. The same reading gives the text a row digest is made of, on both sides.
 */
enum ColumnKind {
  BOOLEAN,
  BYTES,
  TEXT,
  TIMESTAMP,
  NUMBER,
  OTHER;

  static ColumnKind of(int jdbcType) {
    return switch (jdbcType) {
      case Types.BIT, Types.BOOLEAN -> BOOLEAN;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR ->
          TEXT;
      case Types.TIMESTAMP -> TIMESTAMP;
      case Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.DECIMAL,
          Types.NUMERIC,
          Types.DOUBLE,
          Types.REAL,
          Types.FLOAT,
          Types.TINYINT ->
          NUMBER;
      default -> OTHER;
    };
  }

  /** The value of column {@code i} as this kind: Boolean, byte[], String, Timestamp, BigDecimal. */
  Object read(ResultSet r, int i) throws SQLException {
    Object value =
        switch (this) {
          case BOOLEAN -> {
            Object v = r.getObject(i);
            yield v instanceof Number n ? Boolean.valueOf(n.intValue() != 0) : v;
          }
          case BYTES -> r.getBytes(i);
          case TEXT -> r.getString(i);
          case TIMESTAMP -> microseconds(r.getTimestamp(i));
          case NUMBER -> r.getBigDecimal(i);
          case OTHER -> r.getObject(i);
        };
    return r.wasNull() ? null : value;
  }

  /**
   * PostgreSQL keeps microseconds, Derby nanoseconds: rounded here (half up), so that the value
   * written and the one compared are the same.
   */
  static Timestamp microseconds(Timestamp t) {
    if (t == null) {
      return null;
    }
    Timestamp rounded = new Timestamp(t.getTime());
    long micros = (t.getNanos() + 500) / 1000;
    if (micros == 1_000_000) {
      rounded = new Timestamp(t.getTime() - t.getTime() % 1000 + 1000);
      micros = 0;
    }
    rounded.setNanos((int) micros * 1000);
    return rounded;
  }

  void write(PreparedStatement insert, int i, Object value, int jdbcType) throws SQLException {
    if (value == null) {
      insert.setNull(i, jdbcType);
    } else {
      insert.setObject(i, value, this == OTHER ? jdbcType : sqlType());
    }
  }

  private int sqlType() {
    return switch (this) {
      case BOOLEAN -> Types.BOOLEAN;
      case BYTES -> Types.BINARY;
      case TEXT -> Types.VARCHAR;
      case TIMESTAMP -> Types.TIMESTAMP;
      case NUMBER -> Types.NUMERIC;
      case OTHER -> Types.OTHER;
    };
  }

  /** The value as digest text: equal values give equal text whichever database held them. */
  static String text(Object value) {
    if (value == null) {
      return "\u2205";
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
