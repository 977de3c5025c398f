package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit and install script of src/main/dist/linux: systemd's own checker has nothing to
 * say about the unit, its hardening stays, and the script installs idempotently and uninstalls
 * keeping the data (in a scratch folder, with stub commands: no root, no systemd needed).
 */
class LinuxServiceTest {
  static final Path DIST = Path.of("src/main/dist/linux");
  static final Path UNIT = DIST.resolve("cync.service");
  static final Path SCRIPT = DIST.resolve("install.sh");

  @TempDir Path temp;

  @Test
  void systemdAnalyzeVerifyHasNothingToSay() throws Exception {
    Result verify = run(List.of("systemd-analyze", "verify", runnableCopy(UNIT).toString()));
    assertEquals("", verify.output, "systemd-analyze verify on cync.service");
    assertEquals(0, verify.exit);
  }

  @Test
  void aMistakeInTheUnitIsReported() throws Exception {
    Path broken = temp.resolve("broken.service");
    Files.writeString(
        broken, Files.readString(runnableCopy(UNIT)) + "\n[Service]\nProtectSystm=strict\n");
    Result verify = run(List.of("systemd-analyze", "verify", broken.toString()));
    assertTrue(verify.output.contains("ProtectSystm"), verify.output);
  }

  @Test
  void theUnitIsHardenedAndKeepsSecretsOutOfItsEnvironment() throws Exception {
    Result security =
        run(
            List.of(
                "systemd-analyze",
                "security",
                "--offline=true",
                "--threshold=20",
                runnableCopy(UNIT).toString()));
    assertEquals(0, security.exit, "exposure above 2.0:\n" + security.output);
    List<String> lines = Files.readAllLines(UNIT);
    for (String option :
        List.of(
            "ProtectSystem=strict",
            "NoNewPrivileges=yes",
            "CapabilityBoundingSet=",
            "UMask=0077",
            "StateDirectory=cync",
            "User=cync",
            "Restart=on-failure")) {
      assertTrue(lines.contains(option), option);
    }
    assertFalse(
        lines.stream().anyMatch(l -> l.startsWith("MemoryDenyWriteExecute=")),
        "the JVM's JIT needs writable and executable memory");
    assertFalse(
        lines.stream().anyMatch(l -> l.startsWith("Environment=")),
        "secrets come as credentials, settings from /etc/cync/cync.env");
  }

  @Test
  void theScriptPassesShAndShellcheck() throws Exception {
    Result syntax = run(List.of("sh", "-n", SCRIPT.toString()));
    assertEquals(0, syntax.exit, syntax.output);
    Result lint = run(List.of("shellcheck", "-s", "sh", SCRIPT.toString()));
    assertEquals(0, lint.exit, lint.output);
  }

  @Test
  void theScriptRefusesToRunWithoutRoot() throws Exception {
    Path bin = stubs(1000);
    Result install = script(bin, temp.resolve("root"), "--jar", fakeJar().toString());
    assertEquals(1, install.exit);
    assertTrue(install.output.contains("install.sh: run it as root"), install.output);
    assertFalse(Files.exists(temp.resolve("root/opt/cync")));
  }

  @Test
  void installingTwiceIsLikeInstallingOnceAndUninstallKeepsTheData() throws Exception {
    Path bin = stubs(0);
    Path root = temp.resolve("root");
    Path jar = fakeJar();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Result first = script(bin, root, "--jar", jar.toString(), "--java", java);
    assertEquals(0, first.exit, first.output);
    Files.writeString(root.resolve("etc/cync/cync.env"), "CYNC_PORT=9090\n");
    Result second = script(bin, root, "--jar", jar.toString(), "--java", java);
    assertEquals(0, second.exit, second.output);

    assertEquals("jar", Files.readString(root.resolve("opt/cync/cync.jar")));
    assertEquals(Path.of(java), Files.readSymbolicLink(root.resolve("opt/cync/java")));
    assertEquals(
        Files.readString(UNIT), Files.readString(root.resolve("etc/systemd/system/cync.service")));
    assertEquals("CYNC_PORT=9090\n", Files.readString(root.resolve("etc/cync/cync.env")));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(root.resolve("etc/credstore"))));
    List<String> calls = Files.readAllLines(temp.resolve("calls"));
    assertEquals(
        1, calls.stream().filter(c -> c.startsWith("useradd --system")).count(), "" + calls);
    assertEquals(2, calls.stream().filter(c -> c.equals("systemctl daemon-reload")).count());
    assertEquals(
        2, calls.stream().filter(c -> c.equals("systemctl enable --now cync.service")).count());

    Result uninstall = script(bin, root, "--uninstall");
    assertEquals(0, uninstall.exit, uninstall.output);
    assertFalse(Files.exists(root.resolve("opt/cync")));
    assertFalse(Files.exists(root.resolve("etc/systemd/system/cync.service")));
    assertTrue(Files.exists(root.resolve("etc/cync/cync.env")), "settings are kept");
    assertTrue(
        Files.readAllLines(temp.resolve("calls")).contains("systemctl disable --now cync.service"));
    assertFalse(Files.readString(temp.resolve("calls")).contains("userdel"), "the user is kept");
  }

  /** The unit with its java replaced by this JDK's, as verify wants ExecStart's binary to exist. */
  private Path runnableCopy(Path unit) throws IOException {
    Path copy = temp.resolve("cync.service");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(copy, Files.readString(unit).replace("/opt/cync/java", java));
    return copy;
  }

  private Path fakeJar() throws IOException {
    return Files.writeString(temp.resolve("cync.jar"), "jar");
  }

  /** id, getent, useradd and systemctl that only log their call; id -u answers {@code uid}. */
  private Path stubs(int uid) throws IOException {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    String log = temp.resolve("calls").toString();
    String user = temp.resolve("user-exists").toString();
    stub(bin, "id", "echo " + uid);
    stub(bin, "getent", "[ -f '" + user + "' ]");
    stub(bin, "useradd", "echo \"useradd $*\" >> '" + log + "'; touch '" + user + "'");
    stub(bin, "systemctl", "echo \"systemctl $*\" >> '" + log + "'; [ \"$1\" != is-active ]");
    return bin;
  }

  private static void stub(Path bin, String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result script(Path bin, Path root, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
    command.addAll(List.of(args));
    return run(
        command,
        Map.of("PATH", bin + ":" + System.getenv("PATH"), "CYNC_INSTALL_ROOT", root.toString()));
  }

  private static Result run(List<String> command) throws Exception {
    return run(command, Map.of());
  }

  private static Result run(List<String> command, Map<String, String> environment)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  private record Result(int exit, String output) {}
}
