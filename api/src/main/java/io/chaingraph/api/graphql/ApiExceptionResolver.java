package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns every exception a data fetcher throws into an error with a code and a readable message, in one place:
 * expected failures keep their message, Neo4j being away becomes UNAVAILABLE, a query stopped by its transaction
 * timeout becomes LIMIT_EXCEEDED, and anything else INTERNAL with an id that is also in the log (never a stack
 * trace for the client).
 */
@Component
public class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ApiException api) {
			return error(env, api.code(), api.getMessage(), api.details());
		}
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException
				|| ex instanceof DataAccessResourceFailureException) {
			log.warn("Neo4j unavailable for {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
			return error(env, ErrorCode.UNAVAILABLE, ErrorCode.UNAVAILABLE.defaultMessage(), java.util.Map.of());
		}
		if (ex instanceof TransientException || ex instanceof ClientException client
				&& client.code() != null && client.code().contains("TransactionTimedOut")) {
			return error(env, ErrorCode.LIMIT_EXCEEDED,
					"The query took longer than the service allows; narrow it down (查询超时，请缩小查询范围)",
					java.util.Map.of("limit", "transaction timeout"));
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
