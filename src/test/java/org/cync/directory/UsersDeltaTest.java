package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.models.odataerrors.MainError;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.ApiExceptionBuilder;
import com.microsoft.kiota.ResponseHeaders;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Graph answers mean "resync", and what a delta page may look like. */
class UsersDeltaTest {
  static ApiException error(int status, String code, String location) {
    ResponseHeaders headers = new ResponseHeaders();
    if (location != null) {
      headers.add("Location", location);
    }
    return new ApiExceptionBuilder(
            () -> {
              ODataError e = new ODataError();
              MainError m = new MainError();
              m.setCode(code);
              e.setError(m);
              return e;
            })
        .withResponseStatusCode(status)
        .withResponseHeaders(headers)
        .build();
  }

  @Test
  void syncStateNotFoundAndResyncRequiredMeanExpired() {
    for (String code : List.of("syncStateNotFound", "resyncRequired")) {
      DeltaExpired e = UsersDelta.expiredOr(error(400, code, null));
      assertEquals(400, e.status());
      assertNull(e.location());
      assertTrue(e.getMessage().contains(code));
    }
  }

  @Test
  void goneCarriesItsLocation() {
    String location = "https://graph.microsoft.com/v1.0/users/delta?$select=id&$deltatoken=";
    DeltaExpired e = UsersDelta.expiredOr(error(410, "resyncRequired", location));
    assertEquals(410, e.status());
    assertEquals(location, e.location());
  }

  @Test
  void otherErrorsPassThrough() {
    ApiException throttled = error(429, "TooManyRequests", null);
    assertSame(throttled, assertThrows(ApiException.class, () -> UsersDelta.expiredOr(throttled)));
    ApiException bad = error(400, "Request_BadRequest", null);
    assertSame(bad, assertThrows(ApiException.class, () -> UsersDelta.expiredOr(bad)));
  }

  @Test
  void selectCoversEverySourceUserField() {
    List<String> select = Arrays.asList(UsersDelta.SELECT);
    for (var c : SourceUser.class.getRecordComponents()) {
      String name = c.getName();
      if (!name.equals("removed")) {
        assertTrue(
            select.contains(name.equals("managerId") ? "manager" : name), name + " not selected");
      }
    }
  }

  @Test
  void aPageHasExactlyOneLink() {
    assertThrows(IllegalArgumentException.class, () -> new DeltaPage(List.of(), null, null));
    assertThrows(IllegalArgumentException.class, () -> new DeltaPage(List.of(), "n", "d"));
    DeltaPage last = new DeltaPage(List.of(), null, "d");
    assertTrue(last.isLast());
    assertEquals("d", last.link());
  }
}
