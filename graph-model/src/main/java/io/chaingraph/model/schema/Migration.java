package io.chaingraph.model.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One versioned migration: a file, {@code V0001__Create_constraints.cypher}, with its version, description,
 * statements and the checksum that pins its text once applied; or a {@link JavaMigration}.
 *
 * @param version the number after {@code V}
 * @param description the words after {@code __}, underscores read as spaces
 * @param path the file's path in the catalog, or {@code java:} and the class's name
 * @param statements the statements, split at a {@code ;} that ends a line (none for a class)
 * @param checksum SHA-256 of the text with line endings made {@code \n} (for a class, its path and its revision)
 * @param code the class that applies it, or null for a file
 */
public record Migration(int version, String description, String path, List<String> statements, String checksum,
		JavaMigration code) {

	/** A migration that a class applies. */
	public static Migration of(JavaMigration code) {
		var path = "java:" + code.getClass().getSimpleName();
		var checksum = code.revision().isEmpty() ? path : path + "@" + code.revision();
		return new Migration(code.version(), code.description(), path, List.of(), checksum, code);
	}

	private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

	/** Reads a migration from its catalog path and text; refuses names that are not {@code V<n>__<words>.cypher}. */
	public static Migration parse(String path, String text) {
		var fileName = path.substring(path.lastIndexOf('/') + 1);
		var matcher = NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new MigrationException("Migration file " + path
					+ " is not named V<number>__<description>.cypher (迁移文件命名不符合 V<编号>__<说明>.cypher)");
		}
		var normalised = text.replace("\r\n", "\n");
		return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), path,
				split(normalised), sha256(normalised), null);
	}

	/** Splits at semicolons that end a line; comment-only chunks are dropped. */
	static List<String> split(String text) {
		var statements = new ArrayList<String>();
		var current = new StringBuilder();
		for (var line : text.split("\n", -1)) {
			current.append(line).append('\n');
			if (line.stripTrailing().endsWith(";") && !line.strip().startsWith("//")) {
				add(statements, current);
			}
		}
		add(statements, current);
		return List.copyOf(statements);
	}

	private static void add(List<String> statements, StringBuilder current) {
		var statement = current.toString().strip();
		current.setLength(0);
		if (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1).strip();
		}
		var hasCode = statement.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("//"));
		if (hasCode) {
			statements.add(statement);
		}
	}

	private static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
