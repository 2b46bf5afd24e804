package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.UUID;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.GraphQLSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives the errors GraphQL Java raises itself the {@code extensions.code} every other error carries: a syntax error,
 * a field or argument the schema does not have, a variable of the wrong type, an unknown operation are BAD_INPUT, with
 * what is wrong in Chinese after GraphQL Java's English message ({@link EngineWords}; its {@code classification}
 * stays) and, for a name the schema does not have, what it may have meant ({@link SchemaSlips}). GraphQL Java's
 * bound on introspection is LIMIT_EXCEEDED, like our own limits. Any other error that would reach the client without
 * a code (a non-null field left null: a defect) gets INTERNAL and an id that is also in the log, as in
 * {@link ApiExceptionResolver}.
 */
@Component
public class EngineErrorCodes implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(EngineErrorCodes.class);

	private final ObjectProvider<GraphQlSource> source;

	public EngineErrorCodes(ObjectProvider<GraphQlSource> source) {
		this.source = source;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> withCodes(response, this.source));
	}

	/** The response with a code on every error; the schema is looked up only when an error lacks one. */
	static WebGraphQlResponse withCodes(WebGraphQlResponse response, ObjectProvider<GraphQlSource> source) {
		var errors = response.getExecutionResult().getErrors();
		if (errors.stream().allMatch(EngineErrorCodes::hasCode)) {
			return response; // every answer without errors, and every error of ours
		}
		var graphQl = source == null ? null : source.getIfAvailable();
		var schema = graphQl == null ? null : graphQl.schema();
		var coded = errors.stream().map(e -> hasCode(e) ? e : coded(e, schema)).toList();
		return response.transform(builder -> builder.errors(coded));
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	/** What the error says in Chinese ({@link EngineWords}), or the general words when its form has none. */
	private static String words(GraphQLError error, String general) {
		try {
			var chinese = EngineWords.chinese(error.getMessage());
			return chinese == null ? general : chinese;
		}
		catch (RuntimeException ex) { // never an error about an error
			log.warn("No Chinese words for '{}': {}", error.getMessage(), ex.toString());
			return general;
		}
	}

	private static GraphQLError coded(GraphQLError error, GraphQLSchema schema) {
		var extensions = new LinkedHashMap<String, Object>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		String message;
		if (error.getErrorType() == ErrorType.InvalidSyntax) {
			extensions.put("code", ErrorCode.BAD_INPUT.name());
			message = error.getMessage() + " (" + words(error, "查询语法错误") + ")";
		}
		else if (error.getErrorType() == ErrorType.ValidationError
				|| error.getErrorType() == ErrorType.OperationNotSupported) {
			extensions.put("code", ErrorCode.BAD_INPUT.name());
			message = error.getMessage().strip() + " (" + words(error, "查询与接口定义不符") + ")";
			var hint = SchemaSlips.hint(error, schema);
			if (hint != null) {
				message += "; " + hint.words();
				if (!hint.suggestions().isEmpty()) {
					extensions.put("suggestions", hint.suggestions());
				}
			}
		}
		else if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
			// GraphQL Java's own bound on introspection (a field like __Type.fields asked for too often): a limit
			extensions.put("code", ErrorCode.LIMIT_EXCEEDED.name());
			extensions.put("limit", "goodFaithIntrospection");
			message = error.getMessage() + " (自省查询过大：同一自省字段出现过多；"
					+ "请用 GraphiQL 等工具发出的标准自省查询)";
		}
		else {
			var id = UUID.randomUUID().toString();
			log.error("Error without a code {} at {}: {} ({})", id, error.getPath(), error.getMessage(), error.getErrorType());
			extensions.put("id", id);
			extensions.put("code", ErrorCode.INTERNAL.name());
			message = error.getMessage() + " (" + ErrorCode.INTERNAL.defaultMessage() + ", id " + id + ")";
		}
		return GraphqlErrorBuilder.newError()
			.message(message)
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

}
