package io.chaingraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Opaque, stable node IDs: {@code base64url("<Type>:<business key>")}, e.g. Chain {@code jx-nonferrous}. Built from
 * business keys, not Neo4j's internal ids, so an ID survives reloads, restores and cluster moves.
 *
 * @param type the GraphQL type
 * @param key the business key (chain id, region code, product name …)
 */
public record GlobalId(String type, String key) {

	/** The types a global ID may name. */
	public static final Set<String> TYPES = Set.of("Chain", "Segment", "Enterprise", "Region", "Cluster", "Product",
			"Industry", "Designation", "PolicyDocument", "PolicyTarget");

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.key).getBytes(StandardCharsets.UTF_8));
	}

	public static String of(String type, String key) {
		return new GlobalId(type, key).encode();
	}

	/**
	 * The key inside {@code text} when it is a global ID of {@code type}, else null: for arguments that take a key,
	 * a name or the ID a client has from another answer. Nothing is thrown for a text that is no ID (the common case).
	 */
	public static String keyIn(String text, String type) {
		var prefix = type + ":";
		// Base64 of "Region:…" starts with these characters whatever follows: most keys and names end here.
		var encodedPrefix = Base64.getUrlEncoder().withoutPadding().encodeToString(prefix.getBytes(StandardCharsets.UTF_8));
		var start = encodedPrefix.substring(0, prefix.length() * 4 / 3);
		if (text == null || !text.startsWith(start)) {
			return null;
		}
		try {
			var decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			return decoded.startsWith(prefix) && decoded.length() > prefix.length() ? decoded.substring(prefix.length()) : null;
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	/**
	 * Decodes an ID; {@code expectedType} null accepts any type.
	 * @throws ApiException BAD_INPUT when the ID is not one this service issued, or names another type
	 */
	public static GlobalId decode(String id, String expectedType) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(id);
		}
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1 || !TYPES.contains(text.substring(0, colon))) {
			throw invalid(id);
		}
		var decoded = new GlobalId(text.substring(0, colon), text.substring(colon + 1));
		if (expectedType != null && !expectedType.equals(decoded.type())) {
			throw new ApiException(ErrorCode.BAD_INPUT, "ID '" + id + "' is " + article(decoded.type()) + ", not " + article(expectedType)
					+ " (ID 类型不符)", java.util.Map.of("id", id));
		}
		return decoded;
	}

	/** The type with its article, for messages: a Chain, an Enterprise, an Industry. */
	public static String article(String type) {
		return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
	}

	private static ApiException invalid(String id) {
		var shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
		return new ApiException(ErrorCode.BAD_INPUT, "'" + shown + "' is not a ChainGraph ID: IDs come from an object's"
				+ " `id` field, e.g. segment(key: \"jx-nonferrous/mining\") { id } or search (无效的 ID：请使用对象的 id 字段，"
				+ "可经 segment(key:) 或 search 查得)", java.util.Map.of("id", shown));
	}

}
