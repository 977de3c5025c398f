package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cync.connection.check.MicrosoftErrors;
import org.junit.jupiter.api.Test;

/** Failures by code, with Test Connection's words where it has them. */
class FailureGroupsTest {

  @Test
  void eachCodeKeepsItsCountAndOrderWithTestConnectionsAdvice() {
    Map<String, Long> byCode = new LinkedHashMap<>();
    byCode.put("ErrorAccessDenied", 3L);
    byCode.put("SomethingNew", 2L);
    byCode.put(null, 1L);
    List<FailureGroups.Group> groups = FailureGroups.of(byCode);
    assertEquals(
        List.of("ErrorAccessDenied", "SomethingNew", "(no code)"),
        groups.stream().map(FailureGroups.Group::code).toList());
    assertEquals(List.of(3L, 2L, 1L), groups.stream().map(FailureGroups.Group::mailboxes).toList());
    assertEquals(MicrosoftErrors.graph("ErrorAccessDenied"), groups.get(0).advice());
    assertTrue(groups.get(1).advice().contains("request-id"), groups.get(1).advice());
    assertTrue(groups.get(2).advice().contains("message"), groups.get(2).advice());
  }
}
