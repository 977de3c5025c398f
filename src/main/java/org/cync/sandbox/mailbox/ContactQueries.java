package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.cync.sandbox.graph.ApiRequest;
import org.cync.sandbox.graph.ApiResponse;
import org.cync.sandbox.graph.ODataFilter;

/**
 * Lists contacts of a folder with $filter (including the extension and extended-property lambdas),
 * $select, $expand and Outlook paging. Filtering sees extensions even when they are not expanded,
 * like Exchange; the response shows them only when expanded.
 */
final class ContactQueries {
  private ContactQueries() {}

  static ApiResponse list(ApiRequest req, Mailbox m, ContactFolder f, String url, String context) {
    ContactView view = new ContactView(req);
    String filterText = req.query.get("$filter");
    ODataFilter filter = filterText == null ? null : ODataFilter.parse(filterText);
    int top = OutlookPaging.top(req);
    int skip = OutlookPaging.skip(req);
    List<JsonObject> page = new ArrayList<>();
    int matched = 0;
    java.util.TreeSet<Long> keyed = filterText == null ? null : m.index.candidates(filterText);
    Iterable<StoredContact> source =
        keyed == null
            ? f.items.values()
            : keyed.stream().map(f.items::get).filter(java.util.Objects::nonNull).toList();
    for (StoredContact c : source) {
      JsonObject data = filter == null ? null : m.data(c);
      if (filter != null && !filter.test(ContactView.filterSubject(m, c, data))) {
        continue;
      }
      if (matched >= skip && matched < skip + top) {
        page.add(view.render(m, c, data != null ? data : m.data(c)));
      } else if (matched >= skip + top && !req.countRequested()) {
        matched++;
        break;
      }
      matched++;
    }
    return ApiResponse.json(
        200, OutlookPaging.envelope(req, url, context, page, matched > skip + top, matched));
  }
}
