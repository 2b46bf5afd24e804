package io.chaingraph.api.cluster;

import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Cluster}. */
public record Cluster(String key, String name, String kind, String level, String scale, Source source) {

	public String id() {
		return GlobalId.of("Cluster", this.key);
	}

	public static Cluster of(Map<String, Object> p) {
		return new Cluster(Props.text(p, "id"), Props.text(p, "name"), Props.text(p, "kind"), Props.text(p, "level"),
				Props.text(p, "scale"), Source.of(p));
	}

}
