package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error that would leave the service without a code gets INTERNAL and an id; an error that has a code keeps it.
 * (The request-level cases, syntax and validation, are in {@link AbusiveRequestTest}, against the running service.)
 */
class EngineErrorCodesTest {

	private static WebGraphQlResponse response(GraphQLError... errors) {
		var result = ExecutionResult.newExecutionResult().errors(List.of(errors)).build();
		var input = ExecutionInput.newExecutionInput("{ about { version } }").build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

	@Test
	void anErrorWithoutACodeBecomesInternalWithAnId() {
		var defect = GraphqlErrorBuilder.newError()
			.message("The field at path '/about' was declared as a non null type, but the code involved in retrieving "
					+ "data has wrongly returned a null value.")
			.path(ResultPath.parse("/about"))
			.errorType(ErrorType.NullValueInNonNullableField)
			.build();
		var coded = EngineErrorCodes.withCodes(response(defect), null).getErrors().getFirst();
		assertThat(coded.getExtensions()).containsEntry("code", "INTERNAL").containsKey("id");
		assertThat(coded.getMessage()).startsWith("The field at path '/about'").contains("服务内部错误")
			.contains((String) coded.getExtensions().get("id"));
		assertThat(coded.getPath()).isEqualTo("about");
		assertThat(coded.getErrorType()).isEqualTo(ErrorType.NullValueInNonNullableField);
	}

	@Test
	void anErrorWithACodeIsLeftAsItIs() {
		var notFound = GraphqlErrorBuilder.newError()
			.message("Chain 产业链 'nope' not found (未找到)")
			.errorType(ErrorCode.NOT_FOUND)
			.extensions(Map.of("code", "NOT_FOUND"))
			.build();
		var response = response(notFound);
		assertThat(EngineErrorCodes.withCodes(response, null)).isSameAs(response);
	}

}
