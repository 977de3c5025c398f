package org.cync.directory;

import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.cync.connection.Connection;

/**
 * Finds groups and users by the start of their name or mail for the console's pickers, and names
 * the object IDs the settings keep. Searches use Graph's {@code $search} on directory objects,
 * which needs {@code ConsistencyLevel: eventual} (an advanced query); saved IDs are read back with
 * {@code $filter=id in (...)}. Without a connection, or when Graph fails, it throws {@link
 * DirectoryUnavailable} with a short message, so the page can still take a pasted ID.
 */
@ApplicationScoped
public class DirectoryLookup {
  private static final Logger LOG = Logger.getLogger(DirectoryLookup.class.getName());
  static final String[] GROUP_FIELDS = {"id", "displayName", "mail"};
  static final String[] USER_FIELDS = {"id", "displayName", "mail", "userPrincipalName"};

  @Inject Connection connection;
  @Inject DirectoryValues values;

  /** Groups whose name or mail starts with the typed text (a word of the name will do). */
  public List<DirectoryHit> groups(String typed) {
    String term = DirectoryQueries.term(typed);
    GroupCollectionResponse page =
        call(
            g ->
                g.groups()
                    .get(
                        rc -> {
                          rc.headers.add("ConsistencyLevel", "eventual");
                          rc.queryParameters.search =
                              DirectoryQueries.search(term, "displayName", "mail");
                          rc.queryParameters.count = true;
                          rc.queryParameters.top = DirectoryQueries.TOP;
                          rc.queryParameters.select = GROUP_FIELDS;
                        }));
    return groupHits(page == null ? null : page.getValue());
  }

  /** Users whose name, mail or user principal name starts with the typed text. */
  public List<DirectoryHit> users(String typed) {
    String term = DirectoryQueries.term(typed);
    UserCollectionResponse page =
        call(
            g ->
                g.users()
                    .get(
                        rc -> {
                          rc.headers.add("ConsistencyLevel", "eventual");
                          rc.queryParameters.search =
                              DirectoryQueries.search(
                                  term, "displayName", "mail", "userPrincipalName");
                          rc.queryParameters.count = true;
                          rc.queryParameters.top = DirectoryQueries.TOP;
                          rc.queryParameters.select = USER_FIELDS;
                        }));
    return userHits(page == null ? null : page.getValue());
  }

  /** The groups and users among the saved object IDs, by ID; IDs not found are left out. */
  public Map<String, DirectoryHit> resolve(Collection<String> ids) {
    Map<String, DirectoryHit> found = new LinkedHashMap<>();
    for (List<String> chunk : DirectoryQueries.chunks(ids)) {
      String filter = DirectoryQueries.idsIn(chunk);
      GroupCollectionResponse groups =
          call(
              g ->
                  g.groups()
                      .get(
                          rc -> {
                            rc.queryParameters.filter = filter;
                            rc.queryParameters.select = GROUP_FIELDS;
                          }));
      groupHits(groups == null ? null : groups.getValue()).forEach(h -> found.put(h.id(), h));
      List<String> rest = chunk.stream().filter(id -> !found.containsKey(id)).toList();
      if (!rest.isEmpty()) {
        String userFilter = DirectoryQueries.idsIn(rest);
        UserCollectionResponse users =
            call(
                g ->
                    g.users()
                        .get(
                            rc -> {
                              rc.queryParameters.filter = userFilter;
                              rc.queryParameters.select = USER_FIELDS;
                            }));
        userHits(users == null ? null : users.getValue()).forEach(h -> found.put(h.id(), h));
      }
    }
    return found;
  }

  /** Departments of the directory's users containing the typed text (all when it is blank). */
  public List<String> departments(String typed) {
    return DirectoryValues.matching(values.read(this::client).departments(), typed);
  }

  /** Company names of the directory's users containing the typed text. */
  public List<String> companies(String typed) {
    return DirectoryValues.matching(values.read(this::client).companies(), typed);
  }

  /** Whether a tenant is connected; without one the console works with the sample directory. */
  public boolean connected() {
    return connection.current().isComplete();
  }

  GraphServiceClient client() {
    if (!connected()) {
      throw new DirectoryUnavailable(
          "No tenant is connected (CYNC uses its sample directory): type or paste object IDs,"
              + " or connect a tenant on the Connection page to search by name.",
          false);
    }
    try {
      return connection.graph();
    } catch (IllegalStateException notSignedIn) {
      throw new DirectoryUnavailable(notSignedIn.getMessage(), false);
    }
  }

  private <T> T call(Function<GraphServiceClient, T> request) {
    GraphServiceClient graph = client();
    try {
      return request.apply(graph);
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** Graph's status and code (its message cut short); anything else as "did not answer". */
  static DirectoryUnavailable translate(RuntimeException e) {
    if (e instanceof DirectoryUnavailable d) {
      return d;
    }
    if (e instanceof ODataError o) {
      String code = o.getError() == null ? null : o.getError().getCode();
      String text = o.getError() == null ? null : o.getError().getMessage();
      text = text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
      return new DirectoryUnavailable(
          "Graph refused the directory search ("
              + o.getResponseStatusCode()
              + (code == null ? "" : " " + code)
              + (text.isBlank() ? "" : ": " + text)
              + "); type or paste object IDs, or run Test Connection.",
          true);
    }
    LOG.warning(() -> "Directory look-up failed: " + e.getClass().getName());
    return new DirectoryUnavailable(
        "Graph did not answer the directory search; type or paste object IDs, or run Test"
            + " Connection.",
        true);
  }

  static List<DirectoryHit> groupHits(List<Group> groups) {
    List<DirectoryHit> out = new ArrayList<>();
    if (groups != null) {
      for (Group g : groups) {
        out.add(new DirectoryHit(g.getId(), g.getDisplayName(), g.getMail()));
      }
    }
    return out;
  }

  static List<DirectoryHit> userHits(List<User> users) {
    List<DirectoryHit> out = new ArrayList<>();
    if (users != null) {
      for (User u : users) {
        String mail = u.getMail() == null ? u.getUserPrincipalName() : u.getMail();
        out.add(new DirectoryHit(u.getId(), u.getDisplayName(), mail));
      }
    }
    return out;
  }
}
