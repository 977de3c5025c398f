package org.cync.connection;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.util.List;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;

/** The last Test Connection, kept so the dashboard can show it after a restart. */
@Entity
public class LastTest {
  static final long SINGLETON_ID = 1;
  private static final Gson GSON = new Gson();

  @Id private long id = SINGLETON_ID;
  private long atMillis;
  private long millis;
  private String thumbprint;
  @Lob private String lines;

  protected LastTest() {}

  LastTest(Checklist c) {
    atMillis = c.at().toEpochMilli();
    millis = c.millis();
    thumbprint = c.thumbprint();
    lines = GSON.toJson(c.lines());
  }

  void replaceWith(LastTest o) {
    atMillis = o.atMillis;
    millis = o.millis;
    thumbprint = o.thumbprint;
    lines = o.lines;
  }

  Checklist checklist() {
    List<CheckLine> l = GSON.fromJson(lines, new TypeToken<List<CheckLine>>() {}.getType());
    return new Checklist(Instant.ofEpochMilli(atMillis), millis, thumbprint, List.copyOf(l));
  }
}
