package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListenerCommandsTest {
  private static final String NET = "configs.config.server-config.network-config.";

  @Test
  void byDefaultOnlyTheServerHeaderGoes() {
    assertEquals(
        List.of("set " + NET + "protocols.protocol.http-listener.http.server-header=false"),
        texts(ListenerCommands.of(Optional.empty(), Optional.empty())));
  }

  @Test
  void bindAndHttpsSetBothListenersAndReferToThePasswordWithoutHoldingIt() throws Exception {
    HttpsSettings https = new HttpsSettings(Path.of("/etc/cync/tls.p12"), "secret-pw", 9443);
    List<String> texts =
        texts(
            ListenerCommands.of(
                Optional.of(InetAddress.getByName("127.0.0.1")), Optional.of(https)));
    assertEquals(
        List.of(
            "set " + NET + "protocols.protocol.http-listener.http.server-header=false",
            "set " + NET + "network-listeners.network-listener.http-listener.address=127.0.0.1",
            "set " + NET + "protocols.protocol.https-listener.http.server-header=false",
            "set " + NET + "network-listeners.network-listener.https-listener.address=127.0.0.1",
            "set " + NET + "protocols.protocol.https-listener.ssl.key-store=/etc/cync/tls.p12",
            "set "
                + NET
                + "protocols.protocol.https-listener.ssl.key-store-password=${cync.https.password}"),
        texts);
    assertFalse(String.join("\n", texts).contains("secret-pw"));
  }

  private static List<String> texts(List<BootCommand> commands) {
    return commands.stream().map(BootCommand::text).toList();
  }
}
