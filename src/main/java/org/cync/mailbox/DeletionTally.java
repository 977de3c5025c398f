package org.cync.mailbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds up a held run's deletions per mailbox and per {@link DeletionReason}, and the people behind
 * each reason (a bounded list: a review of 10,000 leavers names the first few hundred). Pure; fed
 * by {@link DeletionReview}.
 */
public final class DeletionTally {
  /** At most this many people are named per reason; the count always covers all. */
  public static final int PEOPLE_LISTED = 200;

  /** One mailbox's deletions, per reason. */
  public record Mailbox(
      String mailboxId, String displayName, long deletes, Map<DeletionReason, Long> reasons) {
    /** "all 12 contacts: the mailbox left the targets", or "3: the user was disabled; 1: …". */
    public String summary() {
      Long all = reasons.get(DeletionReason.MAILBOX_LEFT_TARGETS);
      if (all != null && reasons.size() == 1) {
        return "all " + all + " contacts: " + DeletionReason.MAILBOX_LEFT_TARGETS.text();
      }
      return reasons.entrySet().stream()
          .map(e -> e.getValue() + ": " + e.getKey().text())
          .collect(Collectors.joining("; "));
    }
  }

  /**
   * The people behind one reason: the users whose contacts go, or for {@link
   * DeletionReason#MAILBOX_LEFT_TARGETS} the owners of the mailboxes emptied.
   *
   * @param names the first {@link #PEOPLE_LISTED}, by name
   */
  public record People(DeletionReason reason, long count, List<String> names) {
    public long more() {
      return count - names.size();
    }
  }

  /** Every mailbox losing contacts (most first), and the people per reason. */
  public record Figures(List<Mailbox> mailboxes, List<People> people) {
    public long deletes() {
      return mailboxes.stream().mapToLong(Mailbox::deletes).sum();
    }

    /** Deletions per reason over all mailboxes. */
    public Map<DeletionReason, Long> perReason() {
      Map<DeletionReason, Long> out = new EnumMap<>(DeletionReason.class);
      mailboxes.forEach(m -> m.reasons().forEach((r, n) -> out.merge(r, n, Long::sum)));
      return out;
    }
  }

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Map<DeletionReason, Long>> counts = new HashMap<>();
  private final Map<DeletionReason, List<String>> people = new EnumMap<>(DeletionReason.class);

  /** The mailbox's display name, for the figures. */
  public void mailbox(String mailboxId, String displayName) {
    names.put(mailboxId, displayName);
  }

  public void count(String mailboxId, DeletionReason reason, long contacts) {
    if (contacts > 0) {
      counts
          .computeIfAbsent(mailboxId, k -> new EnumMap<>(DeletionReason.class))
          .merge(reason, contacts, Long::sum);
    }
  }

  public void person(DeletionReason reason, String name) {
    people.computeIfAbsent(reason, k -> new ArrayList<>()).add(name);
  }

  public Figures figures() {
    List<Mailbox> mailboxes = new ArrayList<>();
    counts.forEach(
        (id, reasons) ->
            mailboxes.add(
                new Mailbox(
                    id,
                    names.getOrDefault(id, id),
                    reasons.values().stream().mapToLong(Long::longValue).sum(),
                    new EnumMap<>(reasons))));
    mailboxes.sort(
        Comparator.comparingLong(Mailbox::deletes)
            .reversed()
            .thenComparing(m -> m.displayName() == null ? "" : m.displayName())
            .thenComparing(Mailbox::mailboxId));
    List<People> listed = new ArrayList<>();
    people.forEach(
        (reason, all) -> {
          List<String> sorted = all.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
          listed.add(
              new People(
                  reason,
                  sorted.size(),
                  sorted.subList(0, Math.min(PEOPLE_LISTED, sorted.size()))));
        });
    return new Figures(List.copyOf(mailboxes), List.copyOf(listed));
  }
}
