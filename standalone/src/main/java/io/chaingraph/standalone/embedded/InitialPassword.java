package io.chaingraph.standalone.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

/**
 * Gives user {@code neo4j} the store's password, in two steps, so that no Bolt client ever meets the store with
 * another one it could guess:
 * <ol>
 * <li>before the start, Neo4j's own {@code auth.ini} ({@code neo4j-admin dbms set-initial-password}): Neo4j reads it
 * while it starts the system database, before Bolt listens, and gives its password to a new store's {@code neo4j}, or
 * to an older store's whose password is still Neo4j's default ({@code neo4j}, as every store made without
 * authentication has it);</li>
 * <li>after the start, {@code ALTER USER} on the system database, for a store whose {@code neo4j} has another password
 * (changed in Browser, or a file edited or replaced): the file says the password, and every ChainGraph command reads
 * it there.</li>
 * </ol>
 */
final class InitialPassword {

	/**
	 * An administration command of the system database, so not in cypher/queries (whose files the catalog test plans
	 * on the default database); parameterised all the same.
	 */
	private static final String SET_PASSWORD = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";

	private InitialPassword() {
	}

	/** Writes {@code auth.ini} into the store's {@code data/dbms} folder and returns it. */
	static Path write(Path home, String password) {
		var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
		var file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			var users = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(),
					EmptyMemoryTracker.INSTANCE);
			users.start();
			users.create(new User(StorePassword.USER, null,
					SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher()), false,
					false));
			users.shutdown();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Removes {@code auth.ini} once Neo4j has read it: the store's password lives in the system database now. */
	static void remove(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Harmless where it is: Neo4j reads it only while neo4j has the default password.
		}
	}

	/**
	 * Sets the password unless it is already the store's: Neo4j refuses to set a password a user already has, and
	 * that refusal is the common case (every start after the first).
	 */
	static void ensure(DatabaseManagementService dbms, String password) {
		var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		try {
			system.executeTransactionally(SET_PASSWORD, Map.of("password", password));
		}
		catch (RuntimeException ex) {
			if (!isTheSamePassword(ex)) {
				throw ex;
			}
		}
	}

	private static boolean isTheSamePassword(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("cannot be the same")) {
				return true;
			}
		}
		return false;
	}

}
