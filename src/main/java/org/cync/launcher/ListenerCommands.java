package org.cync.launcher;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pre-boot commands that shape Payara's HTTP(S) listeners: the listen address, the key store,
 * and no product name or version in the {@code Server} header. Pre-boot, so that no listener is
 * ever open on an address or with a header it should not have.
 */
final class ListenerCommands {
  static final String HTTP = "http-listener";
  static final String HTTPS = "https-listener";
  private static final String NETWORK = "configs.config.server-config.network-config.";
  private static final String SOURCE = "CYNC's listener settings";

  private ListenerCommands() {}

  /**
   * {@code bind} is the checked listen address (empty: every interface); the key store password is
   * referenced as {@code ${cync.https.password}}, never written into the commands or the log.
   */
  static List<BootCommand> of(Optional<InetAddress> bind, Optional<HttpsSettings> https) {
    List<String> listeners = new ArrayList<>(List.of(HTTP));
    https.ifPresent(h -> listeners.add(HTTPS));
    List<String> settings = new ArrayList<>();
    for (String listener : listeners) {
      settings.add(NETWORK + "protocols.protocol." + listener + ".http.server-header=false");
      bind.ifPresent(
          address ->
              settings.add(
                  NETWORK
                      + "network-listeners.network-listener."
                      + listener
                      + ".address="
                      + address.getHostAddress()));
    }
    https.ifPresent(
        h -> {
          String ssl = NETWORK + "protocols.protocol." + HTTPS + ".ssl.";
          settings.add(ssl + "key-store=" + h.keyStore());
          // No key-store-type: Payara allows only JKS or NSS there, and Java's JKS reads PKCS12.
          settings.add(ssl + "key-store-password=${" + HttpsSettings.PASSWORD + "}");
        });
    List<BootCommand> commands = new ArrayList<>();
    for (String setting : settings) {
      commands.add(new BootCommand("set", List.of(setting), SOURCE, commands.size() + 1));
    }
    return commands;
  }
}
