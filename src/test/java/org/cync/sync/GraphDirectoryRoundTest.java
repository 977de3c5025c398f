package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cync.directory.DeltaExpired;
import org.cync.directory.DeltaPage;
import org.cync.directory.SourceUser;
import org.junit.jupiter.api.Test;

class GraphDirectoryRoundTest {
  static SourceUser user(String id) {
    return SourceUser.removed(id, "changed"); // the round does not look inside users
  }

  /** Pages: first → p2 → end (delta link d1); d1 → changes → d2; "expired" links throw. */
  static final class FakeDelta implements GraphDirectoryRound.Delta {
    final List<String> requests = new ArrayList<>();
    final Map<String, DeltaPage> pages =
        Map.of(
            "p2", new DeltaPage(List.of(user("c"), user("d")), null, "d1"),
            "d1", new DeltaPage(List.of(user("b")), null, "d2"));

    @Override
    public DeltaPage first() {
      requests.add("first");
      return new DeltaPage(List.of(user("a"), user("b")), "p2", null);
    }

    @Override
    public DeltaPage next(String link) throws DeltaExpired {
      requests.add(link);
      if (link.startsWith("expired")) {
        throw new DeltaExpired(410, null, null, null);
      }
      return pages.get(link);
    }
  }

  static List<Object> drain(GraphDirectoryRound r) throws DeltaExpired {
    List<Object> out = new ArrayList<>();
    for (Object o = r.next(); o != null; o = r.next()) {
      out.add(o instanceof SourceUser u ? u.id() : o);
    }
    return out;
  }

  @Test
  void withoutASavedLinkARoundIsFullAndEndsWithItsDeltaLink() throws Exception {
    GraphDirectoryRound r = new GraphDirectoryRound(new FakeDelta());
    r.open(null, null);
    assertEquals(List.of("a", "b", "c", "d", new RoundEnd("d1", true)), drain(r));
  }

  @Test
  void aSavedLinkReadsOnlyTheChanges() throws Exception {
    GraphDirectoryRound r = new GraphDirectoryRound(new FakeDelta());
    r.open("d1", null);
    assertEquals(List.of("b", new RoundEnd("d2", false)), drain(r));
  }

  @Test
  void anExpiredLinkStartsAFullRound() throws Exception {
    FakeDelta delta = new FakeDelta();
    GraphDirectoryRound r = new GraphDirectoryRound(delta);
    r.open("expired-link", null);
    assertTrue(r.isFull());
    assertEquals(List.of("a", "b", "c", "d", new RoundEnd("d1", true)), drain(r));
    assertEquals(List.of("expired-link", "first", "p2"), delta.requests);
  }

  @Test
  void aRestartResumesInsideThePageItStoodIn() throws Exception {
    GraphDirectoryRound r = new GraphDirectoryRound(new FakeDelta());
    r.open(null, null);
    r.next();
    r.next();
    r.next(); // "c", the first of page p2
    GraphCheckpoint cp = r.checkpoint();
    assertEquals(new GraphCheckpoint("p2", 1, true, false), cp);

    GraphDirectoryRound again = new GraphDirectoryRound(new FakeDelta());
    again.open("d-ignored-on-resume", cp);
    assertEquals(List.of("d", new RoundEnd("d1", true)), drain(again));
  }

  @Test
  void aRestartAfterTheEndWasHandedOutReadsNothingMore() throws Exception {
    GraphDirectoryRound r = new GraphDirectoryRound(new FakeDelta());
    r.open("d1", null);
    drain(r);
    GraphDirectoryRound again = new GraphDirectoryRound(new FakeDelta());
    again.open(null, r.checkpoint());
    assertNull(again.next());
  }

  @Test
  void aRestartWhosePageLinkExpiredStartsAFullRound() throws Exception {
    GraphDirectoryRound r = new GraphDirectoryRound(new FakeDelta());
    r.open(null, new GraphCheckpoint("expired-page", 1, false, false));
    assertTrue(r.isFull());
    assertEquals(5, drain(r).size());
    assertFalse(r.checkpoint().ended() == false);
  }
}
