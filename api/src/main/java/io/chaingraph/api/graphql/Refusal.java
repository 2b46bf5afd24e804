package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The answer to a request refused before it runs (执行前拒绝): one error with its code, message and details, and no
 * data. The access check and the query limits refuse this way. Nothing ran, so the error has no {@code locations}
 * (an empty list told a client's error display there was a place to show and gave none) unless the refusal is about
 * one field of the request: then its place and, when the request tells it without running, its {@code path}.
 */
public final class Refusal {

	private Refusal() {
	}

	/** The response: {@code extensions} holds {@code code} first, then the details in their order. */
	public static Mono<WebGraphQlResponse> of(WebGraphQlRequest request, ErrorCode code, String message,
			Map<String, Object> details) {
		return of(request, code, message, details, null, null);
	}

	/**
	 * The response to a refusal about one field: {@code location} where it is in the request, {@code path} its path
	 * in the answer (response keys); either null when not known, and then left out.
	 */
	public static Mono<WebGraphQlResponse> of(WebGraphQlRequest request, ErrorCode code, String message,
			Map<String, Object> details, SourceLocation location, List<Object> path) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("code", code.name());
		extensions.putAll(details);
		var builder = GraphqlErrorBuilder.newError().errorType(code).message(message).extensions(extensions);
		builder.locations(location == null ? null : List.of(location));
		if (path != null) {
			builder.path(ResultPath.fromList(path));
		}
		var error = builder.build();
		var result = ExecutionResultImpl.newExecutionResult().addError(error).build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
