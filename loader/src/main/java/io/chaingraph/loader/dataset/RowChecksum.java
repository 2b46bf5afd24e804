package io.chaingraph.loader.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checksum of what a load writes: a SHA-256 per batch over its rows in order (each row's values in a compact
 * binary form, property names included), then a SHA-256 over the batches in write order. Per batch, so that a
 * streaming reader, which produces the rows of several batches interleaved, computes the same value as the in-memory
 * {@link GraphRows}: equal checksums, equal writes. Not thread-safe.
 */
public final class RowChecksum implements GraphRowSink {

	private final Map<String, MessageDigest> batches = new LinkedHashMap<>();

	private long rows;

	/** The bytes of the row being hashed, reused from row to row. */
	private byte[] buffer = new byte[4096];

	private int length;

	@Override
	public void declareNodes(String type, String query, String keyProperty) {
		digest(query);
	}

	@Override
	public void declareRelationships(String type, String query, String fromLabel, String fromKey, String toLabel,
			String toKey) {
		digest(query);
	}

	@Override
	public void node(String type, String query, String keyProperty, Object key, Map<String, Object> props) {
		this.length = 0;
		value(key);
		value(props);
		update(query);
	}

	@Override
	public void relationship(String type, String query, String fromLabel, String fromKey, String toLabel, String toKey,
			Object from, Object to, Map<String, Object> props) {
		this.length = 0;
		value(from);
		value(to);
		value(props);
		update(query);
	}

	/** Rows seen, in all batches. */
	public long rows() {
		return this.rows;
	}

	/** The checksum, hex. */
	public String value() {
		var all = sha256();
		for (var batch : this.batches.entrySet()) {
			all.update(batch.getKey().getBytes(StandardCharsets.UTF_8));
			try {
				all.update(((MessageDigest) batch.getValue().clone()).digest());
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return HexFormat.of().formatHex(all.digest());
	}

	private void update(String query) {
		digest(query).update(this.buffer, 0, this.length);
		this.rows++;
	}

	/**
	 * Appends a value's bytes to the row buffer: a tag for its type, then its content; text as one byte per ASCII
	 * character and three for any other, maps in their iteration order (the builder's, fixed per type).
	 */
	private void value(Object value) {
		switch (value) {
			case null -> put('n');
			case String text -> {
				put('s');
				text(text);
			}
			case Map<?, ?> map -> {
				put('m');
				for (var entry : map.entrySet()) {
					text((String) entry.getKey());
					value(entry.getValue());
				}
				put('}');
			}
			case List<?> list -> {
				put('l');
				for (var element : list) {
					value(element);
				}
				put(']');
			}
			default -> {
				// Long, Double, Boolean: their text, tagged with the type's initial.
				put(value.getClass().getSimpleName().charAt(0));
				text(value.toString());
			}
		}
	}

	private void text(String text) {
		int length = text.length();
		ensure(length * 3 + 2);
		var bytes = this.buffer;
		int at = this.length;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes[at++] = (byte) c;
			}
			else {
				bytes[at++] = (byte) (0xE0 | (c >> 12));
				bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				bytes[at++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		bytes[at++] = 0; // ends the text: "ab" + "c" differs from "a" + "bc"
		this.length = at;
	}

	private void put(char tag) {
		ensure(1);
		this.buffer[this.length++] = (byte) tag;
	}

	private void ensure(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

	private MessageDigest digest(String query) {
		return this.batches.computeIfAbsent(query, q -> sha256());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
