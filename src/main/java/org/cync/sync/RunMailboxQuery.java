package org.cync.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One page of a run's mailbox rows as JPQL, so that paging, sorting and filtering happen in Derby
 * (on the executionId index) and a run of 10,000 mailboxes never comes into memory whole. Only
 * known properties can be sorted or filtered on (anything else is ignored), and values are bound as
 * parameters, never pasted into the query. Pure: built and tested without a database.
 *
 * @param executionId the run; rows of an older CYNC (execution 0) are found by {@code instanceId}
 * @param legacy whether the run's rows are such older rows
 * @param filters property → value: text properties match a part, ignoring case; {@code outcome} and
 *     {@code errorCode} match exactly
 * @param sortBy a property, or null for the default order (name, then mailbox ID)
 */
public record RunMailboxQuery(
    long executionId,
    long instanceId,
    boolean legacy,
    Map<String, String> filters,
    String sortBy,
    boolean ascending)
    implements java.io.Serializable {

  /** Properties a filter matches a part of. */
  static final Set<String> TEXT =
      Set.of("displayName", "mailboxId", "message", "requestId", "clientRequestId");

  static final Set<String> EXACT = Set.of("outcome", "errorCode");

  static final Set<String> SORTABLE =
      Set.of(
          "displayName",
          "mailboxId",
          "outcome",
          "errorCode",
          "errorDate",
          "plannedCreates",
          "plannedUpdates",
          "plannedDeletes",
          "created",
          "updated",
          "deleted",
          "failed");

  public RunMailboxQuery {
    Map<String, String> kept = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (k, v) -> {
            if ((TEXT.contains(k) || EXACT.contains(k)) && v != null && !v.isBlank()) {
              kept.put(k, v.strip().length() > 200 ? v.strip().substring(0, 200) : v.strip());
            }
          });
    }
    filters = Map.copyOf(kept);
    sortBy = sortBy != null && SORTABLE.contains(sortBy) ? sortBy : null;
  }

  /** Every row of a run in the default order. */
  public static RunMailboxQuery all(long executionId, long instanceId, boolean legacy) {
    return new RunMailboxQuery(executionId, instanceId, legacy, Map.of(), null, true);
  }

  public String select() {
    String order =
        sortBy == null
            ? "r.displayName, r.mailboxId"
            : "r." + sortBy + (ascending ? "" : " desc") + ", r.mailboxId";
    return "select r from RunMailbox r where " + where() + " order by " + order;
  }

  public String count() {
    return "select count(r) from RunMailbox r where " + where();
  }

  /** The named parameters of {@link #select()} and {@link #count()}. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    if (legacy) {
      p.put("i", instanceId);
    } else {
      p.put("e", executionId);
    }
    int n = 0;
    for (Map.Entry<String, String> f : sorted()) {
      p.put(
          "f" + n++,
          TEXT.contains(f.getKey())
              ? "%" + escape(f.getValue().toLowerCase(Locale.ROOT)) + "%"
              : f.getValue());
    }
    return p;
  }

  private String where() {
    List<String> and = new ArrayList<>();
    and.add(legacy ? "r.executionId = 0 and r.instanceId = :i" : "r.executionId = :e");
    int n = 0;
    for (Map.Entry<String, String> f : sorted()) {
      String p = ":f" + n++;
      and.add(
          TEXT.contains(f.getKey())
              ? "lower(r." + f.getKey() + ") like " + p + " escape '\\'"
              : "r." + f.getKey() + " = " + p);
    }
    return String.join(" and ", and);
  }

  private List<Map.Entry<String, String>> sorted() {
    return filters.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  /** A typed % or _ matches itself. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
