package org.cync.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code -Dbenchmark.scenarios} asks for, and the runs that needs: one list per tenant, in
 * order. A scenario that compares with an initial sync (2 and 3 with 1, 6 and 7 with 5) brings its
 * initial sync along, which then runs first and is not reported.
 */
final class Plan {
  static final int LAST = 7;

  private Plan() {}

  /** "1,2" or "5 6 7"; each 1..7. */
  static Set<Integer> scenarios(String list) {
    Set<Integer> s = new TreeSet<>();
    for (String p : list.split("[,\\s]+")) {
      if (!p.isBlank()) {
        int n;
        try {
          n = Integer.parseInt(p.strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "benchmark.scenarios: numbers 1.." + LAST + " separated by commas, not '" + p + "'");
        }
        if (n < 1 || n > LAST) {
          throw new IllegalArgumentException("benchmark.scenarios: 1.." + LAST + ", not " + n);
        }
        s.add(n);
      }
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("benchmark.scenarios: name at least one of 1.." + LAST);
    }
    return s;
  }

  /** The runs per tenant: [1, 2, 3], [4], [5, 6, 7], each only when asked for (or needed). */
  static List<List<Integer>> runs(Set<Integer> asked) {
    List<List<Integer>> runs = new ArrayList<>();
    for (List<Integer> tenant : List.of(List.of(1, 2, 3), List.of(4), List.of(5, 6, 7))) {
      List<Integer> wanted = tenant.stream().filter(asked::contains).toList();
      if (!wanted.isEmpty()) {
        List<Integer> run = new ArrayList<>(List.of(tenant.get(0)));
        wanted.stream().filter(s -> s != tenant.get(0)).forEach(run::add);
        runs.add(run);
      }
    }
    return runs;
  }

  /** Scenarios 3 and 7 change 1 % of the users before their run. */
  static boolean changesUsers(int scenario) {
    return scenario == 3 || scenario == 7;
  }
}
