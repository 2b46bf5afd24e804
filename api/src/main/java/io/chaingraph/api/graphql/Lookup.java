package io.chaingraph.api.graphql;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Checks for single-object queries that take one of several ways to name the object. */
public final class Lookup {

	private Lookup() {
	}

	/** Exactly one of the values must be given; the names say which arguments they are. */
	public static void exactlyOne(String names, Object... values) {
		long given = Arrays.stream(values).filter(Objects::nonNull).count();
		if (given != 1) {
			throw ApiException.badInput("Give exactly one of " + names + " (" + names + " 只能且必须指定一个)");
		}
	}

	/** One of the objects a name found, and how many it found in all (a by-name statement's item and matches). */
	public record Match<T>(T item, int matches) {
	}

	/**
	 * The one object a name found, null when it found none; a name several objects answer to is refused with
	 * BAD_INPUT listing them, rather than answered with one picked by code order (鼓楼区 is four districts).
	 * @param what the kind, in English and Chinese ("Region 地区")
	 * @param found the best matches, at most ten
	 * @param describe how a candidate reads in the message ("江苏省南京市鼓楼区 (320106)")
	 * @param hint what to give instead, in English and Chinese
	 */
	public static <T> T unambiguous(String what, String name, List<Match<T>> found, Function<T, String> describe,
			String hint) {
		if (found.size() <= 1) {
			return found.isEmpty() ? null : found.getFirst().item();
		}
		int matches = found.getFirst().matches();
		var candidates = found.stream().map(m -> describe.apply(m.item())).toList();
		throw new ApiException(ErrorCode.BAD_INPUT, what + " name '" + name + "' matches " + matches + ": "
				+ String.join(", ", candidates) + (matches > found.size() ? ", …" : "") + "; " + hint,
				details(name, matches, candidates));
	}

	private static Map<String, Object> details(String name, int matches, List<String> candidates) {
		var details = new LinkedHashMap<String, Object>();
		details.put("name", name);
		details.put("matches", matches);
		details.put("candidates", candidates);
		return details;
	}

}
