package org.cync.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.AdminCommandRunner;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Main class of {@code target/cync.jar}: checks the configuration, boots Payara Micro, runs the
 * boot commands of {@code server-config/} itself so that a failing one stops the start (Payara
 * alone would only log a warning), and deploys CYNC at {@code /}. Any problem ends the process with
 * one line on standard error and exit code 1.
 */
public final class CyncLauncher {
  static final String BOOT_FILE = "post-boot-commands.asadmin";
  static final String BUILT_IN_SERVER_CONFIG = "MICRO-INF/cync/server-config/";
  private static final String ADDRESS = "cync.address";

  private CyncLauncher() {}

  public static void main(String[] args) {
    PrintStream console = System.out;
    try {
      LaunchSettings settings = currentSettings();
      String restore =
          Optional.ofNullable(System.getProperty(Restore.SETTING))
              .orElse(System.getenv("CYNC_RESTORE"));
      if (restore != null) {
        Restore.Restored done = Restore.run(settings, restore, java.time.Instant.now());
        done.lines().forEach(console::println);
        console.println(
            "Restored "
                + restore
                + " into "
                + settings
                    .store()
                    .map(PostgresStore::toString)
                    .orElse(settings.dataDir().toString()));
        console.println(
            "What it replaced is in "
                + done.aside()
                + ". Start CYNC again without "
                + Restore.SETTING
                + ".");
        console.flush();
        System.exit(0); // no thread a driver left behind keeps a finished command alive
        return;
      }
      String move =
          Optional.ofNullable(System.getProperty(MoveToStore.SETTING))
              .orElse(System.getenv(MoveToStore.ENVIRONMENT));
      if (move != null) {
        move(move, settings, console);
        return;
      }
      MoveToStore.requireStoreSettings(settings);
      PayaraMicroRuntime runtime = start(settings);
      if (!runtime.getDeployedApplicationNames().contains("ROOT")) {
        shutdown(runtime);
        throw new StartupProblem("the application failed to deploy; the log lines above say why.");
      }
      runningLines(
              System.getProperty(ADDRESS),
              CyncLauncher.class.getPackage().getImplementationVersion(),
              Path.of(System.getProperty(LaunchSettings.DATA_DIR)).toAbsolutePath().normalize())
          .forEach(console::println);
    } catch (StartupProblem problem) {
      System.err.println("CYNC did not start: " + problem.getMessage());
      System.err.flush();
      // Payara is already shut down; halt so that its shutdown hook prints nothing after the
      // reason.
      Runtime.getRuntime().halt(1);
    }
  }

  /**
   * The one-shot move of the stores to PostgreSQL; ends the process (exit 0 when moved, 1 with the
   * reason), so that no thread a driver left behind keeps a finished command alive.
   */
  private static void move(String value, LaunchSettings settings, PrintStream console) {
    try {
      MoveToStore.run(value, settings).forEach(console::println);
      console.println(
          "Moved the stores of "
              + settings.dataDir()
              + " to PostgreSQL. Start CYNC again with the same settings, without "
              + MoveToStore.SETTING
              + ".");
      console.flush();
      System.exit(0);
    } catch (StartupProblem problem) {
      System.err.println("CYNC did not move its stores: " + problem.getMessage());
      System.err.flush();
      Runtime.getRuntime().halt(1);
    }
  }

  private static LaunchSettings currentSettings() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    ServiceCredentials.read(properties, System.getenv())
        .forEach(
            (secret, value) -> {
              System.setProperty(secret, value);
              properties.put(secret, value);
            });
    return LaunchSettings.resolve(properties, System.getenv());
  }

  static PayaraMicroRuntime start(LaunchSettings settings) {
    StartupChecks.requireWritableDirectory(settings.dataDir());
    Optional<InetAddress> bind = settings.bind().map(StartupChecks::requireLocalAddress);
    Optional<String> certificate = settings.https().map(StartupChecks::requireKeyStore);
    StartupChecks.requireFreePort(bind.orElse(null), settings.port(), LaunchSettings.PORT);
    settings
        .https()
        .ifPresent(
            h -> StartupChecks.requireFreePort(bind.orElse(null), h.port(), HttpsSettings.PORT));
    System.setProperty(LaunchSettings.DATA_DIR, settings.dataDir().toString());
    System.setProperty(LaunchSettings.PORT, Integer.toString(settings.port()));
    // Read by the WAR: with cync.https.port set, plain HTTP only redirects (org.cync.login).
    settings.https().ifPresent(h -> System.setProperty(HttpsSettings.PORT, "" + h.port()));
    // Payara reads the key store password from here (${cync.https.password} in its SSL settings)
    // so that it is never written into a command, a file or the log.
    settings.https().ifPresent(h -> System.setProperty(HttpsSettings.PASSWORD, h.password()));
    System.setProperty(ADDRESS, address(bind, settings));
    System.setProperty(
        "derby.stream.error.file", settings.dataDir().resolve("derby.log").toString());
    // Derby then creates its files owner-only itself (its default in embedded mode is the umask).
    System.setProperty("derby.storage.useDefaultFilePermissions", "false");

    String source =
        settings
            .serverConfigDir()
            .map(d -> d.resolve(BOOT_FILE).toString())
            .orElse("server-config/" + BOOT_FILE);
    List<BootCommand> commands =
        StoreCommands.apply(
            BootCommandScript.parse(readBootFile(settings), source, System::getProperty),
            settings.store());
    // Payara resolves ${cync.store.password} in the PostgreSQL pool from here when it connects,
    // so the password is in no command, file or log line (see StoreCommands).
    settings.store().ifPresent(s -> System.setProperty(StorePassword.PROPERTY, s.password()));
    AtomicReference<StartupProblem> failure = new AtomicReference<>();
    try {
      // Payara's runtime jars unpacked into the data directory instead of read inside cync.jar:
      // Faces scans every jar for its configuration files, and reading nested jars entry by entry
      // took about a third of the start.
      Path jars = settings.dataDir().resolve("payara-jars");
      PayaraMicro.setUpackedJarDir(freshDir(jars));
      PayaraMicro.unpackJars();
      PayaraMicro micro = PayaraMicro.getInstance();
      // Unpacked with the umask's modes: tightened here, quietly (nothing of the operator's was
      // loosened), so that the data directory's check below warns only about what it should.
      tightenQuietly(jars);
      // A fixed name instead of Payara's random one, so the log names the instance the same way
      // every
      // start. (The transaction log path uses the config name and is stable either way.)
      micro.setHttpPort(settings.port()).setPrintLogo(false).setInstanceName("cync");
      // CYNC runs as one instance: no Hazelcast, so nothing listens on 6900 (the data grid port).
      // Not setNoCluster as well: Payara then only turns clustering off and keeps Hazelcast
      // listening. (--nohazelcast also makes the EJB timer service a dummy: CYNC's timers are
      // all non-persistent.)
      micro.setNoHazelcast(true);
      if (settings.https().isPresent()) {
        micro.setSslPort(settings.https().get().port());
        micro.setSslCert(certificate.orElseThrow());
      }
      File runtimeDir = freshRuntimeDir(settings.dataDir());
      micro.setRootDir(runtimeDir);
      micro.addDeploymentFile(
          BundledWar.copyInto(CyncLauncher.class.getClassLoader(), runtimeDir.toPath()).toFile());
      logToFile(micro, settings.dataDir());
      System.setOut(OutputToLog.printStream("payara.stdout"));
      StartupChecks.requirePrivateDirectory(settings.dataDir());
      List<BootCommand> listeners = ListenerCommands.of(bind, settings.https());
      micro.setPreBootHandler(runner -> runAll(listeners, runner, failure));
      micro.setPostBootHandler(runner -> runAll(commands, runner, failure));
      PayaraMicroRuntime runtime = micro.bootStrap();
      if (failure.get() != null) {
        shutdown(runtime);
        throw failure.get();
      }
      return runtime;
    } catch (BootstrapException e) {
      throw failure.get() != null
          ? failure.get()
          : new StartupProblem("Payara Micro failed to boot: " + e.getMessage());
    }
  }

  /** Where CYNC answers, for the start-up line: HTTPS when on, the listen address when set. */
  static String address(Optional<InetAddress> bind, LaunchSettings settings) {
    String host =
        bind.filter(a -> !a.isAnyLocalAddress())
            .map(
                a ->
                    a instanceof Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress())
            .orElse("localhost");
    return settings
        .https()
        .map(h -> "https://" + host + ":" + h.port())
        .orElse("http://" + host + ":" + settings.port());
  }

  /**
   * The log goes to {@code logs/cync.log.0} ... {@code .9} in the data directory; the console gets
   * only the lines a person needs ({@link ConsoleLines}). Written into Payara's (fresh) working
   * folder at every start, so it always matches this jar.
   */
  static void logToFile(PayaraMicro micro, Path dataDir) {
    Path logs = dataDir.resolve("logs");
    Path file = dataDir.resolve("runtime").resolve("cync-logging.properties");
    try {
      Files.createDirectories(logs);
      PrivateDataFiles.restrict(logs);
      InputStream payaraDefaults =
          CyncLauncher.class.getClassLoader().getResourceAsStream(LogConfiguration.PAYARA_DEFAULTS);
      Files.writeString(file, LogConfiguration.text(LogConfiguration.of(logs, payaraDefaults)));
      if (PrivateDataFiles.posix()) {
        Files.setPosixFilePermissions(file, PrivateDataFiles.FILE);
      }
    } catch (IOException e) {
      throw new StartupProblem("cannot create the log folder " + logs + ": " + e.getMessage());
    }
    micro.setLogPropertiesFile(file.toFile());
  }

  /** The lines after a successful start: where CYNC answers, its version, where its data is. */
  static List<String> runningLines(String address, String version, Path dataDir) {
    return List.of(
        "CYNC is running on " + address,
        "Version " + (version == null ? "unknown" : version) + ", data directory " + dataDir,
        "Log files: " + dataDir.resolve("logs").resolve("cync.log.0") + " (and .1 to .9)");
  }

  /** Runs the commands in order; the first failure is recorded and aborts the boot. */
  private static void runAll(
      List<BootCommand> commands,
      AdminCommandRunner runner,
      AtomicReference<StartupProblem> failure) {
    for (BootCommand command : commands) {
      ClusterCommandResult result = runner.run(command.name(), command.argumentArray());
      if (result.getExitStatus() == ClusterCommandResult.ExitStatus.FAILURE) {
        String why =
            result.getFailureCause() != null
                ? result.getFailureCause().getMessage()
                : result.getOutput();
        StartupProblem problem =
            new StartupProblem(
                "boot command at "
                    + command.source()
                    + " line "
                    + command.line()
                    + " failed: "
                    + command.text()
                    + " -> "
                    + reason(why));
        failure.set(problem);
        throw problem;
      }
    }
  }

  /**
   * Payara's working folder, emptied at every start: inside the data directory so that no
   * temp-folder cleaner removes it from a server running for weeks and a crash leaves no copy
   * behind in /tmp; emptied because Payara would otherwise redeploy the previous start's
   * application next to the new one.
   */
  static File freshRuntimeDir(Path dataDir) {
    return freshDir(dataDir.resolve("runtime"));
  }

  static void tightenQuietly(Path dir) {
    try {
      PrivateDataFiles.tighten(dir);
    } catch (IOException e) {
      throw new StartupProblem("cannot make " + dir + " owner-only: " + e.getMessage());
    }
  }

  /** An empty owner-only directory: what an earlier start (or version) left there is removed. */
  static File freshDir(Path runtime) {
    try {
      if (Files.exists(runtime)) {
        try (Stream<Path> paths = Files.walk(runtime)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      Files.createDirectories(runtime);
      PrivateDataFiles.restrict(runtime);
      return runtime.toFile();
    } catch (IOException e) {
      throw new StartupProblem(
          "cannot prepare "
              + runtime
              + ": "
              + e.getMessage()
              + "; check the permissions of the data directory.");
    }
  }

  /** Payara's command output, without the reporter's class name and status prefix. */
  static String reason(String output) {
    if (output == null || output.isBlank()) {
      return "no reason given";
    }
    return output
        .strip()
        .replaceFirst("^PlainTextActionReporter(FAILURE|WARNING|SUCCESS)", "")
        .replaceAll("\\s+", " ");
  }

  private static void shutdown(PayaraMicroRuntime runtime) {
    try {
      runtime.shutdown();
    } catch (BootstrapException e) {
      // the start is failing anyway; the reason given to the operator is the original one
    }
  }

  private static String readBootFile(LaunchSettings settings) {
    try {
      if (settings.serverConfigDir().isPresent()) {
        return Files.readString(settings.serverConfigDir().get().resolve(BOOT_FILE));
      }
      try (InputStream in =
          CyncLauncher.class
              .getClassLoader()
              .getResourceAsStream(BUILT_IN_SERVER_CONFIG + BOOT_FILE)) {
        if (in == null) {
          throw new StartupProblem(
              "the built-in "
                  + BOOT_FILE
                  + " is missing from the jar; rebuild with ./mvnw package.");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new StartupProblem(
          "cannot read "
              + BOOT_FILE
              + ": "
              + e.getMessage()
              + "; check "
              + LaunchSettings.SERVER_CONFIG
              + ".");
    }
  }
}
