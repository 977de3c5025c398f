package org.cync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one process listens on (TCP), read from Linux's /proc like {@code ss -ltnp}: its socket
 * inodes from {@code /proc/PID/fd}, matched with the LISTEN rows of {@code /proc/net/tcp[6]}. Per
 * process, so other servers on the machine (Hazelcast of another test on 6900) do not count.
 */
public final class ListeningSockets {
  private ListeningSockets() {}

  /** "address:port" of every listening socket of the process, e.g. "127.0.0.1:8080", "*:8080". */
  public static Set<String> of(long pid) {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String link = Files.readSymbolicLink(fd).toString();
          if (link.startsWith("socket:[")) {
            inodes.add(link.substring(8, link.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while listing
        }
      }
      Set<String> listening = new TreeSet<>();
      for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
        for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
          String[] f = line.trim().split("\\s+");
          if (f[3].equals("0A") && inodes.contains(f[9])) {
            String[] local = f[1].split(":");
            listening.add(address(local[0]) + ":" + Integer.parseInt(local[1], 16));
          }
        }
      }
      return listening;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** /proc's hex address (little-endian 32-bit words) as ss prints it; "*" for any. */
  private static String address(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        bytes[word * 4 + i] =
            (byte)
                Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2, word * 8 + (4 - i) * 2), 16);
      }
    }
    if (new BigInteger(1, bytes).signum() == 0) {
      return "*";
    }
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(hex, e);
    }
  }
}
