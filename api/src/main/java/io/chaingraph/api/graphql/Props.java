package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

/** Reading typed values out of a node's property map as the queries return it ({@code n {.*}}). */
public final class Props {

	private Props() {
	}

	public static String text(Map<String, Object> map, String key) {
		var value = map.get(key);
		return value == null ? null : value.toString();
	}

	@SuppressWarnings("unchecked")
	public static List<String> texts(Map<String, Object> map, String key) {
		var value = map.get(key);
		return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
	}

	public static Integer integer(Map<String, Object> map, String key) {
		return map.get(key) instanceof Number n ? n.intValue() : null;
	}

}
