package io.chaingraph.api.region;

import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Region}; {@code parentCode} leads to its parent. */
public record Region(String code, String name, String fullName, String level, String parentCode, Source source) {

	public String id() {
		return GlobalId.of("Region", this.code);
	}

	public static Region of(Map<String, Object> p) {
		var name = Props.text(p, "name");
		var fullName = Props.text(p, "fullName");
		return new Region(Props.text(p, "code"), name, fullName == null ? name : fullName, Props.text(p, "level"),
				Props.text(p, "parentCode"), Source.of(p));
	}

}
