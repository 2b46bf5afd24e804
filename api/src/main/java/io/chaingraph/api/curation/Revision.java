package io.chaingraph.api.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * A firm's revision: a fingerprint of the firm as its audit entries record it (every field, its region, segments,
 * products, customers), so it changes with any change of them, a load's or a Browser edit's too. A client reads it
 * with the firm and gives it back as {@code expectedRevision}: the change is then applied only to the firm as it
 * read it, where a second curator's restatement would otherwise undo the first's without a word.
 */
final class Revision {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Revision() {
	}

	/**
	 * The revision of a firm's snapshot ({@code curation/enterprise-snapshot}'s item, nulls and {@code datasets} left
	 * out as the audit entry leaves them); null for no firm.
	 */
	static String of(Map<String, Object> snapshot) {
		if (snapshot == null) {
			return null;
		}
		var state = new TreeMap<String, Object>();
		snapshot.forEach((k, v) -> {
			if (v != null && !k.equals("datasets")) {
				state.put(k, v);
			}
		});
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(JSON.writeValueAsString(state).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
