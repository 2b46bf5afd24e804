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

	public ErrorCode code() {
		return this.code;
	}

	public Map<String, Object> details() {
		return this.details;
	}

}
