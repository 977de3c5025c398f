package org.cync.directory;

import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The departments and company names the directory's users carry, offered by the pickers. Graph has
 * no "distinct" query, so the users' two fields are read (up to {@link #MAX_PAGES} pages of 999)
 * and kept for ten minutes: typing in the field must not read the directory on every key.
 */
@ApplicationScoped
public class DirectoryValues {
  static final Duration KEEP = Duration.ofMinutes(10);
  static final int MAX_PAGES = 10;

  /** The distinct values, sorted ignoring case. */
  public record Values(List<String> departments, List<String> companies, Instant read) {}

  Clock clock = Clock.systemUTC();
  private volatile Values cached;

  Values read(Supplier<GraphServiceClient> graph) {
    Values v = cached;
    if (v != null && v.read().plus(KEEP).isAfter(clock.instant())) {
      return v;
    }
    GraphServiceClient g = graph.get();
    TreeSet<String> departments = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    TreeSet<String> companies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    try {
      UserCollectionResponse page =
          g.users()
              .get(
                  rc -> {
                    rc.queryParameters.select = new String[] {"id", "department", "companyName"};
                    rc.queryParameters.top = 999;
                  });
      for (int n = 1; page != null; n++) {
        if (page.getValue() != null) {
          for (User u : page.getValue()) {
            add(departments, u.getDepartment());
            add(companies, u.getCompanyName());
          }
        }
        page =
            page.getOdataNextLink() == null || n >= MAX_PAGES
                ? null
                : g.users().withUrl(page.getOdataNextLink()).get();
      }
    } catch (RuntimeException e) {
      throw DirectoryLookup.translate(e);
    }
    v = new Values(List.copyOf(departments), List.copyOf(companies), clock.instant());
    cached = v;
    return v;
  }

  private static void add(Collection<String> into, String value) {
    if (value != null && !value.isBlank()) {
      into.add(value.strip());
    }
  }

  /** Up to 20 of the values containing the typed text, ignoring case; all of them when blank. */
  static List<String> matching(List<String> values, String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (t.length() > DirectoryQueries.MAX_LENGTH) {
      throw new IllegalArgumentException(DirectoryQueries.BAD_TERM);
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (out.size() < DirectoryQueries.TOP && v.toLowerCase(Locale.ROOT).contains(t)) {
        out.add(v);
      }
    }
    return out;
  }
}
