package org.cync.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A connection whose commit, rollback, auto-commit and close are left to its owner: Liquibase
 * commits after every changeset, and the move wants the schema, the rows and their check in one
 * PostgreSQL transaction (PostgreSQL's DDL is transactional), so that a failure leaves the database
 * empty.
 */
final class NoCommit {
  private NoCommit() {}

  static Connection wrap(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "commit", "rollback", "setAutoCommit", "close" -> {
                  return null;
                }
                default -> {
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }
              }
            });
  }
}
