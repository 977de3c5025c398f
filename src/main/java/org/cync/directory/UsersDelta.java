package org.cync.directory;

import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.delta.DeltaGetResponse;
import com.microsoft.graph.users.delta.DeltaRequestBuilder;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestHeaders;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Entra ID users through {@code /users/delta}, one page per call, so the directory step can
 * checkpoint the link after each page. A round starts with {@link #first()} and goes on with {@link
 * #next(String)} on each {@link DeltaPage#nextLink()}; its last page carries the deltaLink that
 * {@link #next(String)} turns into the next round's changes. Links are opaque absolute URLs that
 * already encode the {@code $select}: store them as strings, never edit them.
 *
 * <p>What callers must expect, as Entra does it:
 *
 * <ul>
 *   <li><b>Replays</b>: the same user may come more than once in a round, in any page and order.
 *       The last occurrence wins, whether it is a user or a removal (a removal followed by the user
 *       means the user is back; the user followed by a removal means it is gone).
 *   <li><b>Removals in the initial round</b>: users deleted before the round are named as removed
 *       there too. Treat them as absent: nothing to create, and anything held for them goes.
 *   <li><b>A changed user comes whole</b>: every selected property, not only the changed ones (no
 *       {@code Prefer: return=minimal}), so a delta item replaces what is held for that user.
 *   <li><b>Expiry</b>: {@link DeltaExpired} (400 {@code syncStateNotFound}/{@code resyncRequired},
 *       or 410 Gone) means: read a full round with {@link #first()}, then remove only users that
 *       round did not return as present; never drop everything up front.
 * </ul>
 *
 * <p>{@code manager} is selectable in delta and tracked (Graph writes it as {@code manager@delta});
 * see {@link SourceUsers#managerId}.
 */
public final class UsersDelta {
  /** Every property {@link SourceUser} is made of; only these are tracked for changes. */
  static final String[] SELECT = {
    "id",
    "displayName",
    "givenName",
    "surname",
    "mail",
    "userPrincipalName",
    "proxyAddresses",
    "businessPhones",
    "mobilePhone",
    "jobTitle",
    "department",
    "companyName",
    "officeLocation",
    "streetAddress",
    "city",
    "state",
    "postalCode",
    "country",
    "accountEnabled",
    "userType",
    "manager"
  };

  private static final Set<String> EXPIRED_CODES = Set.of("syncStateNotFound", "resyncRequired");
  private final GraphServiceClient graph;
  private final int maxPageSize;

  /** Pages of the service's default size. */
  public UsersDelta(GraphServiceClient graph) {
    this(graph, 0);
  }

  /**
   * @param maxPageSize sent as {@code Prefer: odata.maxpagesize} on every page (Graph caps it at
   *     200 for users); 0 for the service's default
   */
  public UsersDelta(GraphServiceClient graph, int maxPageSize) {
    this.graph = graph;
    this.maxPageSize = maxPageSize;
  }

  /** The first page of an initial round: every user, with the selected properties. */
  public DeltaPage first() throws DeltaExpired {
    return read(
        graph.users().delta(),
        rc -> {
          rc.queryParameters.select = SELECT;
          prefer(rc.headers);
        });
  }

  /** The page behind a nextLink, or the first page of changes since a saved deltaLink. */
  public DeltaPage next(String link) throws DeltaExpired {
    if (link == null || link.isBlank()) {
      throw new IllegalArgumentException("no delta link: start a round with first()");
    }
    return read(graph.users().delta().withUrl(link), rc -> prefer(rc.headers));
  }

  private void prefer(RequestHeaders headers) {
    if (maxPageSize > 0) {
      headers.add("Prefer", "odata.maxpagesize=" + maxPageSize);
    }
  }

  private static DeltaPage read(
      DeltaRequestBuilder request, Consumer<DeltaRequestBuilder.GetRequestConfiguration> config)
      throws DeltaExpired {
    DeltaGetResponse r;
    try {
      r = request.get(config);
    } catch (ApiException e) {
      throw expiredOr(e);
    }
    List<User> value = r.getValue() == null ? List.of() : r.getValue();
    if ((r.getOdataNextLink() == null) == (r.getOdataDeltaLink() == null)) {
      throw new IllegalStateException("a users/delta page without exactly one next or delta link");
    }
    return new DeltaPage(
        value.stream().map(SourceUsers::of).toList(), r.getOdataNextLink(), r.getOdataDeltaLink());
  }

  /** A {@link DeltaExpired} for the answers that mean "resync", else the exception itself. */
  static DeltaExpired expiredOr(ApiException e) {
    int status = e.getResponseStatusCode();
    String code = e instanceof ODataError o && o.getError() != null ? o.getError().getCode() : null;
    if (status == 410 || (status == 400 && code != null && EXPIRED_CODES.contains(code))) {
      Set<String> location =
          e.getResponseHeaders() == null ? null : e.getResponseHeaders().get("Location");
      return new DeltaExpired(
          status,
          code,
          location == null || location.isEmpty() ? null : location.iterator().next(),
          e);
    }
    throw e;
  }
}
