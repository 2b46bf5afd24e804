package io.chaingraph.standalone.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

import io.chaingraph.api.system.StartProblem;

/**
 * The password of user {@code neo4j} on an embedded store, kept in {@value #FILE_NAME} in the store folder (beside
 * its {@code data}), readable by its owner only, as Neo4j Desktop and Jupyter keep theirs: generated on the first
 * start of a store that has none, so that no web page in a browser on this machine can open the graph over Bolt's
 * WebSocket, and read by every ChainGraph command that connects to the store, so that nobody has to type it.
 */
public final class StorePassword {

	/** The file in the store folder. */
	public static final String FILE_NAME = "neo4j-password";

	/** The user ChainGraph and the analysts sign in as. */
	public static final String USER = "neo4j";

	/** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
	static final int MIN_LENGTH = 8;

	/** Letters and digits a person copies without mistaking one for another: no 0/O/o, 1/l/I. */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private StorePassword() {
	}

	/** Where the password of the store in {@code home} is kept. */
	public static Path file(Path home) {
		return home.toAbsolutePath().resolve(FILE_NAME);
	}

	/** The store's password when it has one (its file), else empty; makes nothing. */
	public static Optional<String> read(Path home) {
		var file = file(home);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			var password = Files.readString(file, StandardCharsets.UTF_8).strip();
			return password.isEmpty() ? Optional.empty() : Optional.of(password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the store's password in " + file, ex);
		}
	}

	/**
	 * The password the store in {@code home} is to have: {@code override} when given (then kept in the file, so that
	 * every later command finds it there), else the file's, else a new one written to the file.
	 */
	static String forStore(Path home, String override) {
		if (override != null && !override.isBlank()) {
			var password = override.strip();
			if (password.length() < MIN_LENGTH) {
				throw new StartProblem("CHAINGRAPH_EMBEDDED_PASSWORD has " + password.length() + " characters; Neo4j "
						+ "takes at least " + MIN_LENGTH + " (密码至少 " + MIN_LENGTH + " 个字符)", "Give a longer one, or "
						+ "leave it unset: the store then keeps its own in " + file(home) + " (请设置更长的密码，或不设置)", null);
			}
			if (!read(home).equals(Optional.of(password))) {
				write(home, password, true);
			}
			return password;
		}
		return read(home).orElseGet(() -> write(home, generate(), false));
	}

	/** About 115 bits from {@link SecureRandom}. */
	static String generate() {
		var out = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

	/**
	 * Writes the file owner-only from its first byte (a file made first and restricted after could be opened in
	 * between); where the file system has no POSIX permissions, as it comes.
	 */
	private static String write(Path home, String password, boolean replace) {
		var file = file(home);
		try {
			Files.createDirectories(file.getParent());
			var fresh = file.resolveSibling(FILE_NAME + ".new");
			Files.deleteIfExists(fresh);
			try {
				Files.createFile(fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(fresh);
			}
			Files.writeString(fresh, password + "\n", StandardCharsets.UTF_8);
			try {
				// Not over a file another start wrote meanwhile (without REPLACE_EXISTING), unless replacing.
				if (replace) {
					Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
				}
				else {
					Files.move(fresh, file);
				}
			}
			catch (FileAlreadyExistsException ex) {
				Files.deleteIfExists(fresh);
				return read(home).orElseThrow(() -> ex);
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the store's password to " + file, ex);
		}
	}

}
