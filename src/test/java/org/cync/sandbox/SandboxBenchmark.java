package org.cync.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;

/**
 * Prints what the sandbox can take on this machine (not a test: figures, no assertions).
 * subrequests_per_s: $batch sub-requests served per second with zero latency (goal ≥ 5,000);
 * heap_mb_for_1M_contacts: heap held by 1,000,000 realistic contacts (goal &lt; 2,048). Run with
 * {@code java -Xmx3g -cp target/test-classes:target/classes:<test class path>
 * org.cync.sandbox.SandboxBenchmark [seconds] [clientThreads] [contacts]} (see
 * SANDBOX-README-SECTION.md).
 */
public final class SandboxBenchmark {
  private SandboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int contacts = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    throughput(seconds, threads);
    if (contacts > 0) {
      memory(contacts);
    }
    System.exit(0);
  }

  static void throughput(int seconds, int threads) throws Exception {
    try (GraphSandbox sandbox = GraphSandbox.builder().users(300).seed(1).start()) {
      sandbox.limits().mailboxRequestsPerWindow = Integer.MAX_VALUE;
      sandbox.limits().directoryUnitsPer10s = Integer.MAX_VALUE;
      TestApp app = new TestApp();
      sandbox.registerApp(app.clientId, app.cert, "Contacts.ReadWrite", "User.Read.All");
      String token = sandbox.tokens().issue(sandbox.apps().find(app.clientId));
      List<String> mailboxes = Tenants.mailboxUsers(sandbox);
      List<String> bodies = mailboxes.stream().map(u -> batch(u).toString()).toList();
      int port = URI.create(sandbox.graphBaseUrl()).getPort();
      List<byte[]> requests = bodies.stream().map(b -> rawRequest(port, token, b)).toList();
      LongAdder ok = new LongAdder();
      LongAdder other = new LongAdder();
      AtomicBoolean measuring = new AtomicBoolean(false);
      AtomicBoolean stop = new AtomicBoolean(false);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        int n = t;
        pool.submit(
            () -> {
              int round = 0;
              try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setTcpNoDelay(true);
                java.io.OutputStream out = socket.getOutputStream();
                java.io.DataInputStream in =
                    new java.io.DataInputStream(
                        new java.io.BufferedInputStream(socket.getInputStream(), 65536));
                while (!stop.get()) {
                  out.write(requests.get((n + threads * round++) % requests.size()));
                  out.flush();
                  String r = readResponse(in);
                  if (measuring.get()) {
                    int good = count(r, "\"status\":20");
                    ok.add(good);
                    other.add(count(r, "\"status\":") - good);
                  }
                }
              } catch (Exception e) {
                other.increment();
              }
              return null;
            });
      }
      Thread.sleep(3000);
      measuring.set(true);
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      java.util.Map<Long, Long> serverStart = serverThreadCpu();
      long start = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      measuring.set(false);
      double elapsed = (System.nanoTime() - start) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
      java.util.Map<Long, Long> serverEnd = serverThreadCpu();
      double serverCpu = 0;
      for (var e : serverEnd.entrySet()) {
        serverCpu += (e.getValue() - serverStart.getOrDefault(e.getKey(), 0L)) / 1e9;
      }
      stop.set(true);
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      System.out.printf("subrequests_per_s=%.0f%n", ok.sum() / elapsed);
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(
          "process_cpu_share=%.2f (of %d cores; the rest went to other processes)%n",
          cpu / elapsed / cores, cores);
      System.out.printf(
          "cpu_us_per_subrequest=%.0f (sandbox and client together)%n", cpu * 1e6 / ok.sum());
      System.out.printf("subrequests_per_s_if_all_cores_were_ours=%.0f%n", ok.sum() / cpu * cores);
      System.out.printf("sandbox_threads_cpu_us_per_subrequest=%.0f%n", serverCpu * 1e6 / ok.sum());
      System.out.printf(
          "sandbox_capacity_subrequests_per_s_on_%d_cores=%.0f%n",
          cores, ok.sum() / serverCpu * cores);
      System.out.printf("subrequests_not_2xx=%d%n", other.sum());
      System.out.printf(
          "client_threads=%d cores=%d%n", threads, Runtime.getRuntime().availableProcessors());
    }
  }

  /** A keep-alive HTTP/1.1 POST of a $batch body, as bytes (a minimal client costs little CPU). */
  static byte[] rawRequest(int port, String token, String body) {
    byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String head =
        "POST /v1.0/$batch HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + b.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] all = java.util.Arrays.copyOf(h, h.length + b.length);
    System.arraycopy(b, 0, all, h.length, b.length);
    return all;
  }

  /**
   * Reads one response (status line, headers, Content-Length body); returns the body as Latin-1.
   */
  static String readResponse(java.io.DataInputStream in) throws java.io.IOException {
    int length = 0;
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new java.io.EOFException();
      }
      if (c == '\n') {
        String l = line.toString().trim();
        line.setLength(0);
        if (l.isEmpty()) {
          break;
        }
        if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(l.substring(15).trim());
        }
      } else {
        line.append((char) c);
      }
    }
    byte[] body = new byte[length];
    in.readFully(body);
    return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** CPU time of the sandbox's own threads (HTTP dispatcher and workers), by thread ID. */
  static java.util.Map<Long, Long> serverThreadCpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null
          && (t.getThreadName().startsWith("cync-sandbox")
              || t.getThreadName().startsWith("HTTP-Dispatcher"))) {
        out.put(t.getThreadId(), mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return out;
  }

  static int count(String body, String needle) {
    int n = 0;
    for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** 10 creates and 10 reads of one mailbox: CYNC's write pattern plus lookups. */
  static JsonObject batch(String user) {
    JsonArray requests = new JsonArray();
    for (int i = 0; i < 20; i++) {
      JsonObject r = new JsonObject();
      r.addProperty("id", String.valueOf(i));
      if (i % 2 == 0) {
        r.addProperty("method", "POST");
        r.addProperty("url", "/users/" + user + "/contacts");
        r.add("body", contact(i));
        JsonObject h = new JsonObject();
        h.addProperty("Content-Type", "application/json");
        r.add("headers", h);
      } else {
        r.addProperty("method", "GET");
        r.addProperty("url", "/users/" + user + "/contacts?$top=1&$select=id,displayName");
      }
      requests.add(r);
    }
    JsonObject b = new JsonObject();
    b.add("requests", requests);
    return b;
  }

  static JsonObject contact(int i) {
    return JsonParser.parseString(
            "{\"givenName\":\"Zoë "
                + i
                + "\",\"surname\":\"Müller-Łęcki\",\"displayName\":\"Zoë Müller-Łęcki\","
                + "\"jobTitle\":\"Senior Software Engineer\",\"companyName\":\"Contoso Sandbox\",\"department\":\"Engineering\","
                + "\"officeLocation\":\"B2/2.14\",\"mobilePhone\":\"+49 151 12345678\",\"businessPhones\":[\"+49 89 1234 567\"],"
                + "\"emailAddresses\":[{\"name\":\"Zoë Müller-Łęcki\",\"address\":\"zoe.mueller-lecki"
                + i
                + "@contoso.example\"}],"
                + "\"businessAddress\":{\"street\":\"Hauptstraße 12\",\"city\":\"München\",\"state\":\"Bayern\",\"postalCode\":\"80331\",\"countryOrRegion\":\"Germany\"},"
                + "\"extensions\":[{\"@odata.type\":\"microsoft.graph.openTypeExtension\",\"extensionName\":\"org.cync.source\","
                + "\"sourceId\":\""
                + UUID.randomUUID()
                + "\",\"fingerprint\":\"9f86d081884c7d65\"}],"
                + "\"singleValueExtendedProperties\":[{\"id\":\"String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CyncSourceId\",\"value\":\""
                + UUID.randomUUID()
                + "\"}]}")
        .getAsJsonObject();
  }

  static void memory(int total) {
    GraphSandbox sandbox = GraphSandbox.builder().users(10).seed(2).build();
    long before = usedAfterGc();
    int perMailbox = 1000;
    List<Mailbox> keep = new ArrayList<>();
    long now = System.currentTimeMillis();
    JsonObject template = contact(0);
    for (int m = 0; m * perMailbox < total; m++) {
      Mailbox box = sandbox.mailboxes().mailbox(UUID.randomUUID().toString());
      keep.add(box);
      String folder = MailboxAdmin.createFolder(box, "CYNC");
      List<JsonObject> bodies = new ArrayList<>();
      for (int i = 0; i < Math.min(perMailbox, total - m * perMailbox); i++) {
        bodies.add(fastContact(template, i));
      }
      MailboxAdmin.createContacts(box, folder, bodies, now);
    }
    long after = usedAfterGc();
    int stored = keep.stream().mapToInt(Mailbox::contactCount).sum();
    System.out.printf("contacts=%d mailboxes=%d%n", stored, keep.size());
    System.out.printf(
        "heap_mb_for_1M_contacts=%.0f%n", (after - before) / 1048576.0 * (1_000_000.0 / stored));
    System.out.printf("bytes_per_contact=%.0f%n", (after - before) / (double) stored);
    sandbox.close();
  }

  /** A distinct contact from the template without parsing JSON or using SecureRandom. */
  static JsonObject fastContact(JsonObject template, int i) {
    JsonObject c = template.deepCopy();
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    String source = new UUID(r.nextLong(), r.nextLong()).toString();
    c.addProperty("givenName", "Zoë " + i);
    c.getAsJsonArray("emailAddresses")
        .get(0)
        .getAsJsonObject()
        .addProperty("address", "zoe" + i + "@contoso.example");
    c.getAsJsonArray("extensions").get(0).getAsJsonObject().addProperty("sourceId", source);
    c.getAsJsonArray("singleValueExtendedProperties")
        .get(0)
        .getAsJsonObject()
        .addProperty("value", source);
    return c;
  }

  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
