package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.cync.directory.MirrorRepository;
import org.cync.directory.SourceUser;
import org.junit.jupiter.api.Test;

/**
 * The mirror writer saves a chunk's users in runs, in one call each, and keeps the chunk's order.
 */
class MirrorWriterTest {

  /** Records the calls instead of writing Derby. */
  static final class Recording extends MirrorRepository {
    final List<String> calls = new ArrayList<>();

    @Override
    public void saveAll(List<SourceUser> users, long execution, long round) {
      calls.add(
          "save " + users.stream().map(SourceUser::id).toList() + " " + execution + "/" + round);
    }

    @Override
    public void remove(String sourceId) {
      calls.add("remove " + sourceId);
    }

    @Override
    public void saveDeltaLink(String link, String mirrorOf) {
      calls.add("link " + link);
    }
  }

  private static SourceUser user(String id) {
    return new SourceUser(
        id, id, null, null, null, id + "@x", null, null, null, null, null, null, null, null, null,
        null, null, null, null, true, "Member", null);
  }

  @Test
  void usersAreSavedTogetherUntilSomethingElseComes() {
    MirrorWriter w = new MirrorWriter();
    Recording mirror = new Recording();
    w.mirror = mirror;
    w.job =
        (JobContext)
            Proxy.newProxyInstance(
                JobContext.class.getClassLoader(),
                new Class<?>[] {JobContext.class},
                (p, m, a) -> m.getName().equals("getExecutionId") ? 7L : 3L);
    w.writeItems(
        List.of(
            new MirrorChange.Keep(user("a")),
            new MirrorChange.Keep(user("b")),
            new MirrorChange.Forget("c", "deleted"),
            new MirrorChange.Keep(user("c")),
            new RoundEnd("delta-1", false)));
    assertEquals(
        List.of("save [a, b] 7/3", "remove c", "save [c] 7/3", "link delta-1"), mirror.calls);
  }
}
