package org.cync.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cync.sync.RunMailbox;
import org.cync.sync.RunMailboxQuery;
import org.cync.sync.RunMailboxes;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The run page's mailbox table, a page at a time: PrimeFaces hands over the page, sort and filters,
 * and {@link RunMailboxQuery} turns them into one JPQL query on the run's rows, so the table stays
 * fast with 10,000 mailboxes.
 */
public class RunMailboxesModel extends LazyDataModel<RunMailbox> {
  private static final long serialVersionUID = 1L;
  private final RunMailboxes rows; // an EJB reference: serializable
  private final RunMailboxQuery run;

  RunMailboxesModel(RunMailboxes rows, RunMailboxQuery run) {
    this.rows = rows;
    this.run = run;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, rows.count(query(run, Map.of(), filterBy)));
  }

  @Override
  public List<RunMailbox> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return rows.page(query(run, sortBy, filterBy), first, pageSize);
  }

  @Override
  public String getRowKey(RunMailbox row) {
    return row.getMailboxId();
  }

  /** The run's query with the table's first sort column and its filters (unknown ones dropped). */
  static RunMailboxQuery query(
      RunMailboxQuery run, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Map<String, String> filters = new HashMap<>();
    if (filterBy != null) {
      filterBy.forEach(
          (field, meta) -> {
            Object v = meta.getFilterValue();
            if (v != null) {
              filters.put(meta.getField() != null ? meta.getField() : field, v.toString());
            }
          });
    }
    SortMeta sort =
        sortBy == null
            ? null
            : sortBy.values().stream()
                .filter(s -> !s.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
    return new RunMailboxQuery(
        run.executionId(),
        run.instanceId(),
        run.legacy(),
        filters,
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder().isAscending());
  }
}
