package io.chaingraph.api.product;

import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Industry} (申万 2021). */
public record Industry(String code, String name, Integer level, Source source) {

	public String id() {
		return GlobalId.of("Industry", this.code);
	}

	public static Industry of(Map<String, Object> p) {
		return new Industry(Props.text(p, "code"), Props.text(p, "name"), Props.integer(p, "level"), Source.of(p));
	}

}
