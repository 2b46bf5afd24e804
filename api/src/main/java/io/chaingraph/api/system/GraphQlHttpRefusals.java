package io.chaingraph.api.system;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A request to {@code /graphql} that Spring for GraphQL would refuse with an empty 405 or 415 gets the same status and
 * header with the body every other error has, saying what to send: a GET (the address opened in a browser) is told
 * to POST or to open GraphiQL; a POST that is not JSON ({@code curl -d} without a content type sends a form) is told
 * to send JSON. Queries go as POST only: a query in a URL ends up in every proxy's and server's access log.
 * <p>
 * Routes of their own, asked before Spring for GraphQL's (routes are asked before controllers, so a
 * {@code @GetMapping} would not be reached); the POST route matches only what Spring for GraphQL's own HTTP and SSE
 * routes do not take, judged by their own predicates.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpRefusals {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlRefusalsWithABody(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		var notGraphQl = RequestPredicates.POST(path)
			.and(GraphQlRequestPredicates.graphQlHttp(path).negate())
			.and(GraphQlRequestPredicates.graphQlSse(path).negate());
		return RouterFunctions.route()
			.GET(path, request -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body(HttpStatus.METHOD_NOT_ALLOWED, path)))
			.route(notGraphQl, request -> ServerResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
				.header("Accept", MediaType.APPLICATION_JSON_VALUE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, path)))
			.build();
	}

	/** Spring Boot's fields, as {@link HttpErrorBodies} gives every other refusal, then the code and the words. */
	private static Map<String, Object> body(HttpStatus status, String path) {
		var body = new LinkedHashMap<String, Object>();
		body.put("timestamp", new Date());
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("path", path);
		body.put("code", HttpErrorBodies.code(status.value()).name());
		body.put("message", HttpErrorBodies.message(status.value(), path));
		return body;
	}

}
