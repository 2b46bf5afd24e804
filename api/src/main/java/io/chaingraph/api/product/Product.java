package io.chaingraph.api.product;

import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Product}; its name is its key. */
public record Product(String name, Source source) {

	public String id() {
		return GlobalId.of("Product", this.name);
	}

	public static Product of(Map<String, Object> p) {
		return new Product(Props.text(p, "name"), Source.of(p));
	}

}
