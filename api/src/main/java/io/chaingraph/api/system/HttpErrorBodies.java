package io.chaingraph.api.system;

import java.util.Map;

import io.chaingraph.api.graphql.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of an HTTP error that happens before GraphQL or a controller could answer (a body that is not JSON or has
 * no {@code query}, an unknown path, a wrong method): Spring Boot's fields plus the {@code code} and a readable
 * {@code message} in English and Chinese that every other error of the service carries; never the exception's own
 * text, which may name internals. (A GET or a body that is not JSON on {@code /graphql}, which Spring for GraphQL's
 * own route would refuse without a body, is answered with these words by {@link GraphQlHttpRefusals}.)
 */
@Component
public class HttpErrorBodies extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		var body = super.getErrorAttributes(request, options);
		if (body.get("status") instanceof Integer status) {
			var path = String.valueOf(body.get("path"));
			body.put("code", code(status).name());
			var error = status == 400 && path.endsWith("/graphql") ? getError(request) : null;
			var member = mistypedMember(error);
			body.put("message", batched(error) ? BATCHED : member == null ? message(status, path) : mistyped(member));
		}
		return body;
	}

	/**
	 * The member of a GraphQL request body that is not of its type ({@code "variables": "{\"id\": 1}"}, the object
	 * sent encoded as a string, a common slip of hand-written clients), or null: the general "send a JSON body with
	 * a query" was wrong about what was wrong.
	 */
	static String mistypedMember(Throwable error) {
		for (var cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
				return json.getPath().getFirst().getPropertyName();
			}
		}
		return null;
	}

	/** What a client that batches requests (a JSON array of them, as some Apollo links send) is told. */
	static final String BATCHED = "A JSON array of requests (batching) is not supported: send one request per POST, or"
			+ " ask several questions in one query, each field with an alias of its own (不支持批量请求：每次 POST 发送一个请求，"
			+ "或在一个查询中用别名同时查询多个字段)";

	/** Whether the body was a JSON array: requests sent as a batch. */
	static boolean batched(Throwable error) {
		for (var cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()
					&& mismatch.getMessage() != null && mismatch.getMessage().contains("from Array value")) {
				return true;
			}
		}
		return false;
	}

	static String mistyped(String member) {
		return switch (member) {
			case "query", "operationName" -> "'" + member + "' must be a string, e.g. {\"query\": \"{ about { version } }\"}"
					+ " (" + member + " 应为字符串)";
			default -> "'" + member + "' must be a JSON object, e.g. {\"query\": \"…\", \"" + member
					+ "\": {\"region\": \"36\"}}; not a string holding JSON (" + member + " 应为 JSON 对象，不能是字符串)";
		};
	}

	static ErrorCode code(int status) {
		return switch (status) {
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 413, 431 -> ErrorCode.LIMIT_EXCEEDED;
			case 502, 503, 504 -> ErrorCode.UNAVAILABLE;
			default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_INPUT;
		};
	}

	static String message(int status, String path) {
		boolean graphQl = path.endsWith("/graphql");
		return switch (status) {
			case 400 -> graphQl
					? "Send a JSON body with a 'query' string, e.g. {\"query\": \"{ about { version } }\"} (请求体应为含 query 字段的 JSON)"
					: "The request is malformed (请求格式有误)";
			case 404 -> path.startsWith("/export/") && !path.contains(".")
					? "No such download: a download's name ends in .csv or .xlsx, e.g. /export/chain-gaps.xlsx (下载地址须以"
							+ " .csv 或 .xlsx 结尾)"
					: "No such path: the API is POST /graphql, GraphiQL /graphiql, downloads under /export (路径不存在)";
			case 405 -> graphQl
					? "Send queries as POST with a JSON body, e.g. {\"query\": \"{ about { version } }\"}; in a browser, "
							+ "open /graphiql (查询请以 POST 发送；在浏览器中请打开 /graphiql)"
					: "Method not allowed here (不支持该请求方法)";
			case 406 -> "The service answers application/json only here (仅支持返回 application/json)";
			case 415 -> graphQl
					? "Send the body as JSON with 'Content-Type: application/json', e.g. curl -H 'Content-Type: "
							+ "application/json' -d '{\"query\": \"{ about { version } }\"}' (请以 application/json 发送请求体)"
					: "Send the body as application/json (请以 application/json 发送请求体)";
			default -> code(status).defaultMessage();
		};
	}

}
