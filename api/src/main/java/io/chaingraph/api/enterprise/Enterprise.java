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
		List<String> tags, String regionCode, Source source, String nameKey) {

	public String id() {
		return GlobalId.of("Enterprise", this.key);
	}

	public static Enterprise of(Map<String, Object> p) {
		return new Enterprise(Props.text(p, "id"), Props.text(p, "name"), Props.texts(p, "aliases"),
				Props.text(p, "creditCode"), Props.text(p, "stockCode"), Props.texts(p, "tags"), Props.text(p, "regionCode"),
				Source.of(p), Props.text(p, "nameKey"));
	}

}
