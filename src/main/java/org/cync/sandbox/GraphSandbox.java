package org.cync.sandbox;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.sandbox.admin.AdminApi;
import org.cync.sandbox.batch.BatchApi;
import org.cync.sandbox.graph.GraphContext;
import org.cync.sandbox.graph.GraphHttpHandler;
import org.cync.sandbox.graph.GraphPipeline;
import org.cync.sandbox.mailbox.MailboxSnapshot;
import org.cync.sandbox.mailbox.MailboxStore;
import org.cync.sandbox.mailbox.OutlookApi;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryMutator;
import org.cync.sandbox.tenant.DirectorySnapshot;
import org.cync.sandbox.tenant.TenantGenerator;
import org.cync.sandbox.throttle.DirectoryBudget;
import org.cync.sandbox.throttle.Faults;
import org.cync.sandbox.throttle.Latency;
import org.cync.sandbox.throttle.Limits;
import org.cync.sandbox.throttle.MailboxThrottle;
import org.cync.sandbox.throttle.RequestCounters;
import org.cync.sandbox.token.AppRegistration;
import org.cync.sandbox.token.AppRegistry;
import org.cync.sandbox.token.Pki;
import org.cync.sandbox.token.TenantInfo;
import org.cync.sandbox.token.TokenEndpoint;
import org.cync.sandbox.token.TokenService;

/**
 * A running simulated Microsoft 365 tenant: the Entra token endpoint over HTTPS (own CA), Graph
 * v1.0 and the admin API over HTTP on loopback. Start it from tests, from CYNC, or standalone
 * ({@link SandboxMain}); ports 0 pick free ones.
 */
public final class GraphSandbox implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GraphSandbox.class.getName());
  private final Directory directory;
  private final TenantInfo tenant;
  private final Pki pki;
  private final TokenService tokens;
  private final AppRegistry apps = new AppRegistry();
  private final MailboxStore mailboxes;
  private final Limits limits;
  private final Latency latency = new Latency();
  private final Faults faults;
  private final RequestCounters counters = new RequestCounters();
  private final MailboxThrottle mailboxThrottle;
  private final DirectoryBudget budget;
  private final DirectoryMutator mutator;
  private final GraphPipeline pipeline;
  private final HttpServer graphServer;
  private final HttpsServer tokenServer;
  private final ExecutorService workers;

  /** The temp folder this sandbox created for its CA file (null when the caller chose the file). */
  private final Path ownTempDir;

  private GraphSandbox(Builder b) throws IOException {
    Clock clock = b.clock;
    JsonObject saved = b.saved == null ? null : SandboxState.parse(b.saved);
    directory =
        saved != null
            ? DirectorySnapshot.load(saved.getAsJsonObject("directory"), clock)
            : TenantGenerator.generate(b.seed, b.users, b.mailboxes, clock);
    tenant = new TenantInfo(directory.tenantId(), directory.domain());
    ownTempDir = b.caFile != null ? null : Files.createTempDirectory("cync-sandbox");
    Path ca = b.caFile != null ? b.caFile : ownTempDir.resolve("sandbox-ca.pem");
    pki = Pki.create(ca);
    tokens = new TokenService(clock, tenant.tenantId());
    limits = b.limits;
    faults = new Faults(b.seed);
    mailboxThrottle = new MailboxThrottle(limits, clock);
    budget = new DirectoryBudget(limits, clock, b.users);
    mutator = new DirectoryMutator(directory, b.seed + 1);
    workers = Executors.newCachedThreadPool(daemon("cync-sandbox"));
    InetAddress lo = InetAddress.getLoopbackAddress();
    graphServer = HttpServer.create(new InetSocketAddress(lo, b.graphPort), 256);
    tokenServer = HttpsServer.create(new InetSocketAddress(lo, b.tokenPort), 64);
    String graphBase = "http://127.0.0.1:" + graphServer.getAddress().getPort() + "/v1.0";
    mailboxes = new MailboxStore(directory, graphBase);
    if (saved != null) {
      MailboxSnapshot.load(mailboxes, saved.getAsJsonArray("mailboxes"));
      SandboxState.loadApps(apps, saved.getAsJsonArray("apps"));
    }
    GraphContext ctx = new GraphContext(graphBase, clock);
    pipeline =
        new GraphPipeline(
            tokens,
            directory,
            new OutlookApi(mailboxes, ctx),
            ctx,
            mailboxThrottle,
            budget,
            faults,
            latency,
            counters);
    BatchApi batch = new BatchApi(pipeline::execute, workers, latency::active, clock);
    graphServer.createContext("/v1.0", new GraphHttpHandler(pipeline, batch, clock));
    graphServer.createContext("/admin", new AdminApi(this));
    graphServer.setExecutor(workers);
    tokenServer.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
    tokenServer.createContext(
        "/",
        new TokenEndpoint(
            tenant,
            apps,
            tokens,
            clock,
            (endpoint, status) -> counters.count(endpoint, null, status)));
    tokenServer.setExecutor(workers);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts both servers. */
  public GraphSandbox start() {
    graphServer.start();
    tokenServer.start();
    LOG.info(
        () ->
            "Graph sandbox for tenant "
                + tenant.tenantId()
                + " at "
                + graphBaseUrl()
                + ", authority "
                + authority());
    return this;
  }

  @Override
  public void close() {
    graphServer.stop(0);
    tokenServer.stop(0);
    workers.shutdownNow();
    if (ownTempDir != null) {
      try {
        Files.deleteIfExists(ownTempDir.resolve("sandbox-ca.pem"));
        Files.deleteIfExists(ownTempDir);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete " + ownTempDir, e);
      }
    }
  }

  /** Registers an app with a certificate credential and grants (admin-consents) the roles. */
  public AppRegistration registerApp(String clientId, X509Certificate cert, String... roles) {
    AppRegistration app = apps.register(clientId, "CYNC");
    if (cert != null) {
      app.addCertificate(cert);
    }
    for (String r : roles) {
      app.grant(r);
    }
    return app;
  }

  public String tenantId() {
    return tenant.tenantId();
  }

  public String domain() {
    return tenant.domain();
  }

  /**
   * The authority host, e.g. https://127.0.0.1:PORT (token endpoint: +
   * /{tenant}/oauth2/v2.0/token).
   */
  public String authority() {
    return "https://127.0.0.1:" + tokenServer.getAddress().getPort();
  }

  public String tokenUrl() {
    return authority() + "/" + tenantId() + "/oauth2/v2.0/token";
  }

  public String graphBaseUrl() {
    return "http://127.0.0.1:" + graphServer.getAddress().getPort() + "/v1.0";
  }

  public String adminUrl() {
    return "http://127.0.0.1:" + graphServer.getAddress().getPort() + "/admin";
  }

  public Path caFile() {
    return pki.caFile();
  }

  public X509Certificate caCertificate() {
    return pki.caCertificate();
  }

  public Directory directory() {
    return directory;
  }

  public DirectoryMutator mutator() {
    return mutator;
  }

  public MailboxStore mailboxes() {
    return mailboxes;
  }

  public AppRegistry apps() {
    return apps;
  }

  public TokenService tokens() {
    return tokens;
  }

  public Limits limits() {
    return limits;
  }

  public Latency latency() {
    return latency;
  }

  public Faults faults() {
    return faults;
  }

  public RequestCounters counters() {
    return counters;
  }

  public GraphPipeline pipeline() {
    return pipeline;
  }

  /**
   * The whole tenant (directory, mailboxes, app registrations) as UTF-8 JSON, for {@link
   * Builder#restore}. Limits, latency, faults and counters are test settings and are not kept.
   */
  public byte[] snapshot() {
    return SandboxState.save(this);
  }

  /** A number that changes whenever something {@link #snapshot} keeps may have changed. */
  public long revision() {
    return directory.revision() * 31
        + MailboxSnapshot.revision(mailboxes)
        + SandboxState.appsHash(apps);
  }

  /** Clears mailboxes, counters, faults, latency and throttle state (the directory stays). */
  public void reset() {
    mailboxes.clear();
    counters.reset();
    pipeline.errors().clear();
    faults.clear();
    latency.clear();
    mailboxThrottle.reset();
    budget.reset();
  }

  /** Options of a sandbox; everything has a default (seed 42, 50 users, random ports). */
  public static final class Builder {
    private long seed = 42;
    private int users = 50;
    private int mailboxes = -1;
    private int graphPort;
    private int tokenPort;
    private Clock clock = Clock.systemUTC();
    private Path caFile;
    private Limits limits = new Limits();
    private byte[] saved;

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder users(int users) {
      this.users = users;
      return this;
    }

    /** How many eligible users get a mailbox (-1 = all). */
    public Builder mailboxes(int mailboxes) {
      this.mailboxes = mailboxes;
      return this;
    }

    public Builder graphPort(int port) {
      this.graphPort = port;
      return this;
    }

    public Builder tokenPort(int port) {
      this.tokenPort = port;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder caFile(Path caFile) {
      this.caFile = caFile;
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Starts from a {@link GraphSandbox#snapshot} instead of generated users (seed, users and
     * mailboxes then only seed the mutator and faults). A snapshot that cannot be read makes {@link
     * #build} throw IllegalArgumentException.
     */
    public Builder restore(byte[] snapshot) {
      this.saved = snapshot;
      return this;
    }

    public GraphSandbox build() {
      try {
        return new GraphSandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public GraphSandbox start() {
      return build().start();
    }
  }
}
