package io.chaingraph.api.graphql;

import java.util.Arrays;
import java.util.Objects;

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

}
