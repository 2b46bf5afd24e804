package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns every exception a data fetcher throws into an error with a code and a readable message, in one place:
 * expected failures keep their message, Neo4j's own failures get the code that fits their cause
 * ({@link Neo4jFailures}: away or not ready is UNAVAILABLE, over the timeout or memory limit LIMIT_EXCEEDED), and
 * anything else INTERNAL with an id that is also in the log (never a stack trace for the client).
 */
@Component
public class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ApiException api) {
			return error(env, api.code(), api.getMessage(), api.details());
		}
		var mutation = env.getOperationDefinition() != null
				&& env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION;
		var failure = mutation ? Neo4jFailures.ofWrite(ex) : Neo4jFailures.of(ex);
		if (failure != null) {
			if (failure.code() == ErrorCode.UNAVAILABLE) {
				log.warn("Neo4j unavailable for {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
			}
			return error(env, failure.code(), failure.message(), failure.details());
		}
		if (ex instanceof IllegalArgumentException) {
			return error(env, ErrorCode.BAD_INPUT, ex.getMessage(), java.util.Map.of());
		}
		var id = UUID.randomUUID().toString();
		log.error("Unexpected error {} at {}", id, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorCode.INTERNAL, ErrorCode.INTERNAL.defaultMessage() + ", id " + id, java.util.Map.of("id", id));
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			java.util.Map<String, Object> details) {
		var extensions = new LinkedHashMap<String, Object>(details);
		extensions.put("code", code.name());
		return GraphqlErrorBuilder.newError(env).errorType(code).message(message).extensions(extensions).build();
	}

}
