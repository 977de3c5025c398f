package org.cync.connection;

import java.util.ArrayList;
import java.util.List;

/** The connection settings in memory, for Connection's unit tests; the actions saved, in order. */
class InMemoryConnectionStore extends ConnectionStore {
  ConnectionSettings saved = new ConnectionSettings();
  final List<String> actions = new ArrayList<>();

  @Override
  public ConnectionSettings current() {
    return saved.copy();
  }

  @Override
  public ConnectionSettings save(ConnectionSettings wanted, String action) {
    saved = wanted.copy();
    actions.add(action);
    return saved.copy();
  }
}
