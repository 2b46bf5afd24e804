package io.chaingraph.api.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expected failure of a request, returned to the client as an error with {@link #code()} and the given
 * {@link #details()} in its extensions.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final Map<String, Object> details;

	public ApiException(ErrorCode code, String message, Map<String, Object> details) {
		super(message);
		this.code = code;
		// In the order given: they reach the client as extensions, where a stable order reads better than Map.copyOf's.
		this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

	public ApiException(ErrorCode code, String message) {
		this(code, message, Map.of());
	}

	public static ApiException notFound(String what, Object key) {
		return new ApiException(ErrorCode.NOT_FOUND, what + " '" + key + "' not found (未找到)", Map.of("key", String.valueOf(key)));
	}

	public static ApiException badInput(String message) {
		return new ApiException(ErrorCode.BAD_INPUT, message);
	}

	/**
	 * LIMIT_EXCEEDED for a value above a configured or documented maximum, with the limit's name, its value and what
	 * was asked for, as the limits checked before a request runs give them (below a minimum or malformed is
	 * BAD_INPUT).
	 */
	public static ApiException overLimit(String limit, Number value, Number actual, String message) {
		var details = new LinkedHashMap<String, Object>();
		details.put("limit", limit);
		details.put("value", value);
		details.put("actual", actual);
		return new ApiException(ErrorCode.LIMIT_EXCEEDED, message, details);
	}

	/**
	 * This failure naming the argument it is about ({@code filter.region: Region 地区 '火星' not found}), as a
	 * filter's tier and segment do: one question can take regions in several arguments.
	 */
	public ApiException about(String argument) {
		return new ApiException(this.code, argument + ": " + getMessage(), this.details);
	}

	public ErrorCode code() {
		return this.code;
	}

	public Map<String, Object> details() {
		return this.details;
	}

}
