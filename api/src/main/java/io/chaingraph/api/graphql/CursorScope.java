package io.chaingraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list a cursor belongs to: the field that answers it and a digest of the arguments that shape it (its filter,
 * its order, its region …). Every cursor carries both, so one taken from another list (a chain's key read as a firm's
 * name, a 补链 score read as a name) or from this list asked otherwise (a region's targets for another region's) is
 * refused rather than answered with a page from nowhere. A nested list is named by its field, not its parent: one
 * cursor serves every parent of the field, each page being a place in the same order.
 *
 * @param list the field, as the schema names it: {@code chains}, {@code Region.enterprises} …
 * @param shapedBy the arguments that shape it, as the message names them (empty when none do)
 * @param shape a digest of their values (empty when none do)
 */
public record CursorScope(String list, String shapedBy, String shape) {

	/** How a cursor's text begins: the list, the shape, then the position. */
	private static final String SCOPED = "c:";

	/**
	 * How a cursor of a version before lists were named begins: its position is taken as it was, unchecked, so a list
	 * paged across a rolling upgrade carries on.
	 */
	private static final String UNSCOPED = "k:";

	/** A list that no argument shapes (an enterprise's customers: its parent is the only thing that varies). */
	public static CursorScope of(String list) {
		return new CursorScope(list, "", "");
	}

	/**
	 * A list and the arguments that shape it: {@code shapedBy} names them for the message ("filter, orderBy"),
	 * {@code values} are their values, as given or as the list reads them, the same on every replica.
	 */
	public static CursorScope of(String list, String shapedBy, Object... values) {
		return new CursorScope(list, shapedBy, digest(Arrays.deepToString(values)));
	}

	/** The cursor of an item at this position (its sort key) in this list. */
	public String cursor(String position) {
		var text = SCOPED + this.list + ":" + this.shape + ":" + position;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position an {@code after} cursor carries; null for none (the first page).
	 * @throws ApiException BAD_INPUT for a text that is no cursor, a cursor of another list, or one of this list asked
	 * with other arguments
	 */
	public String position(String cursor) {
		if (cursor == null) {
			return null;
		}
		String text = null;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (text != null && text.startsWith(UNSCOPED)) {
			return text.substring(UNSCOPED.length());
		}
		var parts = text == null || !text.startsWith(SCOPED) ? null : text.substring(SCOPED.length()).split(":", 3);
		if (parts == null || parts.length < 3) {
			throw new ApiException(ErrorCode.BAD_INPUT, "after: '" + cursor + "' is not a cursor of this list; leave out "
					+ "after to start from the first page (无效的分页游标：请去掉 after 从第一页开始)", details(null));
		}
		if (!parts[0].equals(this.list)) {
			throw new ApiException(ErrorCode.BAD_INPUT, "after: this cursor belongs to another list (" + parts[0]
					+ "), not to " + this.list + "; leave out after to start from the first page (该游标不属于此列表："
					+ "请去掉 after 从第一页开始)", details(parts[0]));
		}
		if (!parts[1].equals(this.shape)) {
			throw new ApiException(ErrorCode.BAD_INPUT, "after: this cursor belongs to " + this.list + " asked with other "
					+ this.shapedBy + "; ask with the " + this.shapedBy + " of the page it came from, or leave out after to "
					+ "start from the first page (该游标属于参数不同的同一列表：请沿用取得游标时的参数，或去掉 after 从第一页开始)",
					details(parts[0]));
		}
		return parts[2];
	}

	private Map<String, Object> details(String cursorList) {
		var details = new LinkedHashMap<String, Object>();
		details.put("list", this.list);
		if (cursorList != null) {
			details.put("cursorList", cursorList);
		}
		return details;
	}

	/** Eight hex digits of the text's SHA-256: enough to tell two sets of arguments apart, short in a cursor. */
	private static String digest(String text) {
		try {
			var hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

}
