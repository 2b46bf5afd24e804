package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The answer to a request refused before it runs (执行前拒绝): one error with its code, message and details, and no
 * data. The access check and the query limits refuse this way.
 */
public final class Refusal {

	private Refusal() {
	}

	/** The response: {@code extensions} holds {@code code} first, then the details in their order. */
	public static Mono<WebGraphQlResponse> of(WebGraphQlRequest request, ErrorCode code, String message,
			Map<String, Object> details) {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("code", code.name());
		extensions.putAll(details);
		var error = GraphqlErrorBuilder.newError().errorType(code).message(message).extensions(extensions).build();
		var result = ExecutionResultImpl.newExecutionResult().addError(error).build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
