package nl.kennissen.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import sun.misc.Signal;

/**
 * A Neo4j Community 5.26 server for development and tests: the embedded database with its Bolt
 * connector on 127.0.0.1, no authentication, nothing else listening.
 *
 * <p>Configuration (argument wins over environment, environment over default):
 *
 * <pre>
 *   --port N        NEO4J_PORT       7687           0 = any free port
 *   --data-dir P    NEO4J_DATA_DIR   ./data/neo4j   store, transaction logs and logs/
 *                   NEO4J_PAGECACHE  256m           page cache size
 *                   NEO4J_TX_MEMORY  512m           memory for all open transactions together
 *   --watch-stdin                                   stop when standard input closes
 * </pre>
 *
 * <p>Standard output carries exactly one line, {@code Neo4j ready at bolt://127.0.0.1:<port>},
 * once the default database answers; callers wait for it. Everything else goes to standard error
 * (Neo4j's user log) or to {@code <data-dir>/logs/debug.log}. SIGTERM and SIGINT shut the
 * database down cleanly and exit 0.
 */
public final class DevNeo4j {
  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(1);

  private final DatabaseManagementService service;
  private boolean stopped;

  private DevNeo4j(DatabaseManagementService service) {
    this.service = service;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Files.createDirectories(options.dataDir);

    // Signals release the main thread, which shuts down and exits 0. A plain shutdown hook
    // alone would also close the store, but the JVM would then exit with 128+signal.
    CountDownLatch stopRequested = new CountDownLatch(1);
    Signal.handle(new Signal("TERM"), signal -> stopRequested.countDown());
    Signal.handle(new Signal("INT"), signal -> stopRequested.countDown());

    DevNeo4j server;
    try {
      server = start(options);
    } catch (RuntimeException e) {
      // Neo4j wraps the real reason (port taken, store locked) several levels deep; the chain
      // of messages says it in a few lines where a stack trace would bury it.
      System.err.println("neo4j-dev-launcher: Neo4j did not start in " + options.dataDir);
      for (Throwable t = e; t != null; t = t.getCause()) {
        System.err.println("  " + t.getClass().getSimpleName() + ": " + t.getMessage());
      }
      System.err.println("  (details in " + options.dataDir.resolve("logs/debug.log") + ")");
      System.exit(1);
      return;
    }
    // Any other way out of the JVM (System.exit elsewhere, SIGHUP) still closes the store.
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "neo4j-shutdown"));

    int port = server.boltPort();
    System.out.println("Neo4j ready at bolt://" + LOOPBACK + ":" + port);
    System.out.flush();

    if (options.watchStdin) {
      // A test runner that dies without stopping us closes our stdin: do not outlive it
      // holding the port and the store lock.
      watchStdin(stopRequested);
    }
    stopRequested.await();
    server.stop();
    System.exit(0);
  }

  private static DevNeo4j start(Options options) {
    Path home = options.dataDir.toAbsolutePath();
    SocketAddress bolt = new SocketAddress(LOOPBACK, options.port);
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            // Everything lives in the one directory the caller gave: databases/,
            // transactions/ and logs/, so deleting it resets the server.
            .setConfig(GraphDatabaseSettings.data_directory, home)
            .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
            // Loopback only, whatever any connector's own default says.
            .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, bolt)
            .setConfig(BoltConnector.advertised_address, bolt)
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // Bolt waits 5 s per connector (there are two: bolt and the in-process bolt-local)
            // for connections to drain on shutdown, even when there are none. Tests that stop
            // and restart the server should not pay 10 s each time.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
            // The embedded database starts no web server, but say so rather than rely on it.
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // The server-side routing connector (default :7688) would be a second port that
            // parallel test servers fight over; a single instance has nothing to route.
            .setConfig(GraphDatabaseSettings.routing_enabled, false)
            // Development and tests only: no users, no passwords. Embedded Neo4j already
            // defaults to this; the contract says so, hence explicit.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // Sized to sit next to the test suite on a 2-core machine, not to hold a big graph.
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCache)
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.txMemory)
            // Throw-away directories should not start with a 256 MB preallocated log file.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
            .build();
    DevNeo4j server = new DevNeo4j(service);
    try {
      // build() returns once the system database is up; wait for the default one as well,
      // so "ready" means a driver can run queries against it.
      service
          .database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
          .executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    return server;
  }

  /** The port Bolt actually bound, which differs from the configured one when that was 0. */
  private int boltPort() {
    GraphDatabaseAPI db =
        (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    return db.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    System.err.println("Neo4j stopping");
    service.shutdown();
    System.err.println("Neo4j stopped");
  }

  private static void watchStdin(CountDownLatch stopRequested) {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              try {
                while (in.read() != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone, same as end of input.
              }
              stopRequested.countDown();
            },
            "stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Command line and environment, validated before Neo4j starts so mistakes fail fast. */
  private record Options(
      int port, Path dataDir, long pageCache, long txMemory, boolean watchStdin) {

    static Options parse(String[] args) {
      String port = env("NEO4J_PORT", "7687");
      String dataDir = env("NEO4J_DATA_DIR", "./data/neo4j");
      boolean watchStdin = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = value(args, ++i, "--port");
          case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
          case "--watch-stdin" -> watchStdin = true;
          default -> fail("unknown argument " + args[i]);
        }
      }
      int portNumber = -1;
      try {
        portNumber = Integer.parseInt(port.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
      if (portNumber < 0 || portNumber > 65535) {
        fail("NEO4J_PORT must be a port number 0-65535 (0 = any free port), got '" + port + "'");
      }
      return new Options(
          portNumber,
          Path.of(dataDir),
          bytes("NEO4J_PAGECACHE", "256m"),
          bytes("NEO4J_TX_MEMORY", "512m"),
          watchStdin);
    }

    private static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }

    private static long bytes(String name, String fallback) {
      String value = env(name, fallback);
      try {
        return ByteUnit.parse(value);
      } catch (IllegalArgumentException e) {
        fail(name + " must be a size such as 256m or 1g, got '" + value + "'");
        return 0;
      }
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) {
        fail(flag + " needs a value");
      }
      return args[i];
    }

    private static void fail(String message) {
      PrintStream err = System.err;
      err.println("neo4j-dev-launcher: " + message);
      System.exit(2);
    }
  }
}
