package org.cync.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs the run history page ({@code /runs.xhtml}): every run newest first, paged in the database
 * ({@link RunSummaries}) so thousands of runs cost one page's rows, filtered by outcome and days,
 * and a chart of the last {@value #CHART_RUNS} runs. Read-only: Viewers see it too.
 */
@Named
@ViewScoped
public class RunsView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int CHART_RUNS = 30;

  @Inject RunSummaries summaries;

  private String outcome;
  private LocalDate from;
  private LocalDate to;
  private String chart;
  private final LazyDataModel<HistoryItem> runs = new Model();

  public LazyDataModel<HistoryItem> getRuns() {
    return runs;
  }

  public List<String> getOutcomes() {
    return HistoryQuery.outcomes();
  }

  /** The Chart.js configuration of the last runs, for {@code p:chart}. */
  public String getChart() {
    if (chart == null) {
      chart = RunsChart.json(summaries.lastEnded(CHART_RUNS));
    }
    return chart;
  }

  HistoryQuery query(int first, int size) {
    return HistoryQuery.parse(
        outcome,
        from == null ? null : from.toString(),
        to == null ? null : to.toString(),
        String.valueOf(first / Math.max(1, size)),
        String.valueOf(Math.min(Math.max(1, size), HistoryQuery.MAX_SIZE)));
  }

  /** The rows of one page, read when the table shows it. */
  private final class Model extends LazyDataModel<HistoryItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      try {
        return (int) Math.min(Integer.MAX_VALUE, summaries.count(query(0, 1)));
      } catch (HistoryQuery.BadQuery e) {
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .addMessage(
                null,
                new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_WARN,
                    e.getMessage().replace("'to'", "Until").replace("'from'", "From"),
                    ""));
        return 0;
      }
    }

    @Override
    public List<HistoryItem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      try {
        return summaries.page(query(first, pageSize)).stream().map(HistoryItem::new).toList();
      } catch (HistoryQuery.BadQuery e) {
        return List.of();
      }
    }

    @Override
    public String getRowKey(HistoryItem item) {
      return String.valueOf(item.key());
    }
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
