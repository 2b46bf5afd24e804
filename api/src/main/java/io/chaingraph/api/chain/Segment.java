package io.chaingraph.api.chain;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Segment}; {@code chainKey} and {@code parentKey} lead to its chain and parent. */
public record Segment(String key, String name, List<String> aliases, String position, String kind, String chainKey,
		String parentKey, int order, Source source) {

	public String id() {
		return GlobalId.of("Segment", this.key);
	}

	public static Segment of(Map<String, Object> p) {
		var order = Props.integer(p, "order");
		return new Segment(Props.text(p, "id"), Props.text(p, "name"), Props.texts(p, "aliases"), Props.text(p, "position"),
				Props.text(p, "kind"), Props.text(p, "chainId"), Props.text(p, "parentId"), order == null ? 0 : order,
				Source.of(p));
	}

}
