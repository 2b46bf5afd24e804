package io.chaingraph.standalone.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import io.chaingraph.api.system.StartProblem;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j Community server that keeps its store in a folder and speaks Bolt only.
 * <p>
 * Neo4j's own HTTP server is off: it needs Jersey 2 and javax, which clash with Spring Boot 4, and ChainGraph serves
 * GraphQL and Neo4j Browser itself. Authentication is on: user {@value StorePassword#USER} with the store's own
 * password ({@link StorePassword}), set before Bolt answers, because Bolt answers WebSocket handshakes from web pages
 * of every origin and Neo4j has no setting to refuse them. Bolt binds to localhost by default all the same.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/**
	 * Lucene warns at every start that the JDK's incubating vector module is not enabled. It speeds up vector indexes,
	 * which ChainGraph does not have (its indexes are full-text and range); the warning only alarms the people who
	 * run the service. Held here because java.util.logging keeps loggers weakly and would forget the level.
	 */
	private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger
		.getLogger("org.apache.lucene.internal.vectorization");

	private final DatabaseManagementService dbms;

	private final GraphDatabaseAPI database;

	private final Path home;

	private final URI boltUri;

	private final boolean allInterfaces;

	private final String password;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, String host, String password) {
		this.dbms = dbms;
		this.home = home;
		this.password = password;
		this.database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = this.database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		// The host as configured (localhost stays localhost), the port as bound (port 0 picks one).
		this.allInterfaces = "0.0.0.0".equals(host) || "::".equals(host);
		this.boltUri = URI.create("bolt://" + (this.allInterfaces ? "localhost" : host) + ":" + address.getPort());
	}

	/** How long the embedded server waits for a bookmark it has not reached (Neo4j measured to wait twice that). */
	public static final Duration BOOKMARK_READY_TIMEOUT = Duration.ofSeconds(1);

	/**
	 * Starts a server on the store in {@code home} (created when missing) with Bolt on {@code boltAddress}.
	 * @param home the folder that holds the store; a restart on the same folder finds the same graph
	 * @param boltAddress {@code host:port}; port 0 picks a free one
	 * @param pageCache the page cache size, e.g. {@code 512m}
	 */
	public static EmbeddedNeo4j start(Path home, String boltAddress, String pageCache) {
		return start(home, boltAddress, pageCache, null);
	}

	/**
	 * {@link #start(Path, String, String)} with the password to give the store instead of the one in its file
	 * ({@code CHAINGRAPH_EMBEDDED_PASSWORD}; null or blank: the file's, made on the first start).
	 */
	public static EmbeddedNeo4j start(Path home, String boltAddress, String pageCache, String password) {
		long started = System.nanoTime();
		LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
		var socket = socketAddress(boltAddress);
		var secret = StorePassword.forStore(home, password);
		var initial = InitialPassword.write(home, secret);
		DatabaseManagementService dbms;
		try {
			dbms = builder(home, socket, pageCache).build();
		}
		catch (RuntimeException ex) {
			throw inWords(ex, home, socket);
		}
		finally {
			InitialPassword.remove(initial);
		}
		try {
			InitialPassword.ensure(dbms, secret);
			var server = new EmbeddedNeo4j(dbms, home.toAbsolutePath(), socket.getHostname(), secret);
			log.info("Embedded Neo4j started in {} ms: store {}, Bolt {}", (System.nanoTime() - started) / 1_000_000,
					server.home, server.boltUri);
			return server;
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
	}

	/** How often {@link #startWhenFree} tries a store another process holds again. */
	static final Duration STORE_RETRY = Duration.ofSeconds(1);

	/**
	 * {@link #start(Path, String, String, String)} that waits up to {@code wait} while another process holds the store
	 * (a scheduled load into it, about a minute and more; another {@code serve}), saying so once in the log, then
	 * fails as {@code start} does. A service restarted during the weekly load had failed at once and stayed down.
	 */
	public static EmbeddedNeo4j startWhenFree(Path home, String boltAddress, String pageCache, String password,
			Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		boolean said = false;
		while (true) {
			try {
				return start(home, boltAddress, pageCache, password);
			}
			catch (StartProblem ex) {
				// A service already running on this Bolt address is the holder (./chaingraph serve started twice):
				// said at once, as before; a load into the store listens on no fixed address.
				if (!heldByAnotherProcess(ex) || System.nanoTime() - deadline >= 0 || answers(boltAddress)) {
					throw ex;
				}
				if (!said) {
					log.warn("The store {} is open in another process (a load into it, or another ./chaingraph serve):"
							+ " waiting up to {} s for it to close (chaingraph.embedded.store-wait), then starting"
							+ " (数据目录正被另一个进程使用，等待其关闭); Ctrl-C stops waiting", home.toAbsolutePath(),
							wait.toSeconds());
					said = true;
				}
				try {
					Thread.sleep(STORE_RETRY);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** Whether something listens on the Bolt address (a port of 0 picks a free one: nothing to ask). */
	static boolean answers(String boltAddress) {
		var socket = socketAddress(boltAddress);
		if (socket.getPort() == 0) {
			return false;
		}
		var host = "0.0.0.0".equals(socket.getHostname()) || "::".equals(socket.getHostname()) ? "localhost"
				: socket.getHostname();
		try (var probe = new java.net.Socket()) {
			probe.connect(new java.net.InetSocketAddress(host, socket.getPort()), 300);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	/** Whether a start failed because another process holds the store's lock. */
	public static boolean heldByAnotherProcess(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException) {
				return true;
			}
		}
		return false;
	}

	private static DatabaseManagementServiceBuilder builder(Path home, SocketAddress socket, String pageCache) {
		return new DatabaseManagementServiceBuilder(home.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, socket)
			.setConfig(BoltConnector.advertised_address, socket)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			// Neo4j waits 10 s for Netty's quiet period on shutdown by default; Ctrl-C should take under 3 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			// One server is never behind its own writes: a bookmark it has not reached (made up, or from before a
			// restored backup) is never reached, and waiting for it (30 s by default) only holds a request.
			.setConfig(GraphDatabaseSettings.bookmark_ready_timeout, BOOKMARK_READY_TIMEOUT)
			// Neo4j Browser reads this and otherwise sends product-usage data to Neo4j's analytics service: a 招商
			// office's graph work stays on its machine unless someone decides otherwise.
			.setConfig(ServerSettings.allow_telemetry, false);
	}

	/**
	 * The two ways a start fails on a working machine, in words with what to do: the Bolt port is taken (another
	 * service, a Neo4j), or another process has the store open (a second {@code ./chaingraph serve}, a load straight
	 * into the store). Anything else as Neo4j said it.
	 */
	static RuntimeException inWords(RuntimeException failure, Path home, SocketAddress socket) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortBindException) {
				return new StartProblem("The Bolt address " + socket + " is taken by another program (Bolt 端口 "
						+ socket.getPort() + " 已被占用): " + cause.getMessage(), "Stop the other program (another "
						+ "./chaingraph serve, a Neo4j), or give another address: CHAINGRAPH_EMBEDDED_BOLTADDRESS=localhost:"
						+ (socket.getPort() + 1) + " or --chaingraph.embedded.bolt-address=localhost:" + (socket.getPort() + 1)
						+ " (请停止占用该端口的程序，或换一个 Bolt 地址)", failure);
			}
			if (cause instanceof FileLockException) {
				return new StartProblem("The store " + home.toAbsolutePath() + " is open in another process (数据目录正被"
						+ "另一个进程使用): " + cause.getMessage(), "Stop the other ./chaingraph serve or load on this "
						+ "store, or give another: CHAINGRAPH_EMBEDDED_DATADIR=/path/to/store or "
						+ "--chaingraph.embedded.data-dir=… (请先停止使用该目录的其他进程，或换一个数据目录)", failure);
			}
		}
		return failure;
	}

	/** {@code host:port}, {@code :port} or {@code host}, the way neo4j.conf writes listen addresses. */
	static SocketAddress socketAddress(String address) {
		var colon = address.lastIndexOf(':');
		if (colon < 0) {
			return new SocketAddress(address, BoltConnector.DEFAULT_PORT);
		}
		var host = address.substring(0, colon).strip();
		try {
			return new SocketAddress(host.isEmpty() ? "localhost" : host, Integer.parseInt(address.substring(colon + 1).strip()));
		}
		catch (NumberFormatException ex) {
			throw new StartProblem("chaingraph.embedded.bolt-address must be host:port, e.g. localhost:7687; found '"
					+ address + "' (Bolt 地址格式应为 主机:端口)", "Correct CHAINGRAPH_EMBEDDED_BOLTADDRESS or "
					+ "--chaingraph.embedded.bolt-address and start again (请修改 Bolt 地址后重新启动)", ex);
		}
	}

	/** Where a Bolt client reaches this server, e.g. {@code bolt://localhost:7687}. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** Whether Bolt listens on every network interface ({@code 0.0.0.0}), not only the configured host. */
	public boolean listensOnAllInterfaces() {
		return this.allInterfaces;
	}

	/** How ChainGraph signs in: user {@value StorePassword#USER}, the store's password. */
	public AuthToken authToken() {
		return AuthTokens.basic(StorePassword.USER, this.password);
	}

	/** The file that keeps the store's password (for people: the banner, help). */
	public Path passwordFile() {
		return StorePassword.file(this.home);
	}

	/** The store's password, for the banner the person who started the service reads. */
	public String password() {
		return this.password;
	}

	/** The folder holding the store. */
	public Path home() {
		return this.home;
	}

	/** Whether the default database is up and answering. */
	public boolean isAvailable() {
		return this.database.isAvailable(Duration.ofSeconds(1).toMillis());
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
