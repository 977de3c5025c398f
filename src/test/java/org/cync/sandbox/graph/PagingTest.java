package org.cync.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Directory paging renders only the page it returns and still walks every object once. */
class PagingTest {
  @Test
  void listingPageByPageRendersEachObjectOnce() {
    List<String> ids = IntStream.range(0, 25).mapToObj(i -> "id" + i).toList();
    AtomicInteger renders = new AtomicInteger();
    List<String> seen = new ArrayList<>();
    String query = null;
    while (true) {
      ApiRequest req = new ApiRequest("GET", "/users", query, Map.of(), null, false, "r");
      JsonObject page =
          Paging.page(
              req,
              "http://x/users",
              "ctx",
              ids,
              id -> id,
              id -> {
                renders.incrementAndGet();
                JsonObject o = new JsonObject();
                o.addProperty("id", id);
                return o;
              },
              10,
              false);
      page.getAsJsonArray("value")
          .forEach(e -> seen.add(e.getAsJsonObject().get("id").getAsString()));
      if (!page.has("@odata.nextLink")) {
        break;
      }
      String next = page.get("@odata.nextLink").getAsString();
      query = next.substring(next.indexOf('?') + 1);
    }
    assertEquals(ids, seen);
    assertEquals(25, renders.get());
  }
}
