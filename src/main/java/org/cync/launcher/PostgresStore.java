package org.cync.launcher;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL for both stores (CYNC's data and the batch job repository), chosen by setting {@code
 * cync.store.url}; unset, CYNC keeps its built-in Derby and H2 files. The URL is one host and one
 * database and nothing else, so that every connection option CYNC relies on is the one it sets. The
 * password comes from {@link StorePassword}; it is left out of {@code toString}.
 */
public record PostgresStore(String host, int port, String database, String user, String password) {
  public static final String URL = "cync.store.url";
  public static final String USER = "cync.store.user";
  static final int DEFAULT_PORT = 5432;

  /** One host name or IPv4 address, an optional port, one database name; no parameters. */
  private static final Pattern FORM =
      Pattern.compile(
          "jdbc:postgresql://([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))(?::([0-9]{1,5}))?/"
              + "([A-Za-z_][A-Za-z0-9_$-]{0,62})");

  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,62}");

  /** The PostgreSQL store, or empty for the built-in Derby and H2. */
  static Optional<PostgresStore> resolve(
      Map<String, String> properties, Map<String, String> environment) {
    Optional<String> url = LaunchSettings.lookup(URL, properties, environment);
    Optional<String> user = LaunchSettings.lookup(USER, properties, environment);
    if (url.isEmpty()) {
      if (user.isPresent() || StorePassword.given(properties, environment)) {
        throw new StartupProblem(
            (user.isPresent() ? LaunchSettings.both(USER) : "a store password")
                + " is set but "
                + LaunchSettings.both(URL)
                + " is not: set the PostgreSQL URL (jdbc:postgresql://host:port/database), or"
                + " unset it to keep the built-in Derby store.");
      }
      return Optional.empty();
    }
    Matcher m = FORM.matcher(url.get());
    if (!m.matches()) {
      throw new StartupProblem(
          LaunchSettings.both(URL)
              + " '"
              + shown(url.get())
              + "' is not of the form jdbc:postgresql://host[:port]/database (one host, no"
              + " parameters): fix it, or unset it to keep the built-in Derby store.");
    }
    int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
    if (port < 1 || port > 65535) {
      throw new StartupProblem(
          LaunchSettings.both(URL) + ": port " + port + " is not from 1 to 65535; fix the URL.");
    }
    String name =
        user.orElseThrow(
            () ->
                new StartupProblem(
                    LaunchSettings.both(URL)
                        + " is set but "
                        + LaunchSettings.both(USER)
                        + " is not: set the PostgreSQL user CYNC signs in as."));
    if (!USER_NAME.matcher(name).matches()) {
      throw new StartupProblem(
          LaunchSettings.both(USER)
              + " must be a plain PostgreSQL role name (letters, digits, _ . -; at most 63): use"
              + " such a role for CYNC.");
    }
    return Optional.of(
        new PostgresStore(
            m.group(1), port, m.group(3), name, StorePassword.read(properties, environment)));
  }

  /** The JDBC URL of exactly this host, port and database. */
  String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** The URL as far as it can be shown: never its parameters, which may hold a password. */
  private static String shown(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query) + "?…";
  }

  @Override
  public String toString() {
    return "PostgresStore[" + host + ":" + port + "/" + database + ", user=" + user + "]";
  }
}
