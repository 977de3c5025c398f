package org.cync.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cync.sandbox.token.AppRegistration;
import org.cync.sandbox.token.AppRegistry;

/**
 * Runs the sandbox standalone: {@code java -jar target/cync-sandbox.jar --users 2000 --mailboxes
 * 100 --seed 42 [--app-cert app.pem --grant User.Read.All,Contacts.ReadWrite] [--port N]} and
 * prints {@code key=value} lines (tenant, client, authority, graph, admin, ca) then {@code ready}.
 * With --port N, Graph and admin listen on N and the token endpoint on N+1.
 */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        usage("unexpected argument " + a);
        return;
      }
      opt.put(a.substring(2), args[++i]);
    }
    GraphSandbox.Builder b =
        GraphSandbox.builder()
            .users(Integer.parseInt(opt.getOrDefault("users", "2000")))
            .mailboxes(Integer.parseInt(opt.getOrDefault("mailboxes", "-1")))
            .seed(Long.parseLong(opt.getOrDefault("seed", "42")));
    if (opt.containsKey("port")) {
      int port = Integer.parseInt(opt.get("port"));
      b.graphPort(port).tokenPort(port + 1);
    }
    if (opt.containsKey("ca")) {
      b.caFile(Path.of(opt.get("ca")));
    }
    GraphSandbox sandbox = b.start();
    System.out.println("tenant=" + sandbox.tenantId());
    if (opt.containsKey("app-cert")) {
      byte[] cert = Files.readAllBytes(Path.of(opt.get("app-cert")));
      String[] roles = opt.containsKey("grant") ? opt.get("grant").split(",") : new String[0];
      AppRegistration app =
          sandbox.registerApp(opt.get("client"), AppRegistry.parseCertificate(cert), roles);
      System.out.println("client=" + app.clientId());
    }
    System.out.println("authority=" + sandbox.authority());
    System.out.println("graph=" + sandbox.graphBaseUrl());
    System.out.println("admin=" + sandbox.adminUrl());
    System.out.println("ca=" + sandbox.caFile().toAbsolutePath());
    System.out.println("ready");
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    Thread.currentThread().join();
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: java -jar cync-sandbox.jar [--users N] [--mailboxes M] [--seed S]"
            + " [--app-cert cert.pem|cert.der --grant Role1,Role2 [--client ID]] [--port N] [--ca file]");
    System.exit(2);
  }
}
