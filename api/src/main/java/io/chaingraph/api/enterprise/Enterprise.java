package io.chaingraph.api.enterprise;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/**
 * The GraphQL type {@code Enterprise}; {@code regionCode} leads to its region, {@code nameKey} (not in the schema)
 * is its place in lists by name ({@link io.chaingraph.model.order.NameOrder}), which their cursors carry.
 */
public record Enterprise(String key, String name, List<String> aliases, String creditCode, String stockCode,
		Integer founded, List<String> tags, String regionCode, Source source, String nameKey) {

	public String id() {
		return GlobalId.of("Enterprise", this.key);
	}

	public static Enterprise of(Map<String, Object> p) {
		return new Enterprise(Props.text(p, "id"), Props.text(p, "name"), Props.texts(p, "aliases"),
				Props.text(p, "creditCode"), Props.text(p, "stockCode"), Props.integer(p, "founded"), Props.texts(p, "tags"),
				Props.text(p, "regionCode"), Source.of(p), Props.text(p, "nameKey"));
	}

	/** This firm's place in a list by name, as its cursor carries it: the name key, then the key. */
	public String namePosition() {
		return this.nameKey + "\u0000" + this.key;
	}

	/**
	 * A place in a list of firms, read back from a cursor's position ({@link #namePosition()}, or a bare key in a list
	 * by key).
	 * @param nameKey the name key of the last firm of the previous page, or null (a list by key, or none)
	 * @param key the key of the last firm of the previous page, or null for the first page
	 */
	public record Position(String nameKey, String key) {

		/** The place a cursor's position names; nothing for null (the first page). */
		public static Position of(String position) {
			if (position == null) {
				return new Position(null, null);
			}
			int split = position.lastIndexOf('\u0000');
			return split < 0 ? new Position(null, position)
					: new Position(position.substring(0, split), position.substring(split + 1));
		}

	}

}
