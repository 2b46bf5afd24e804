package io.chaingraph.api.system;

import java.util.Map;

import io.chaingraph.api.graphql.ErrorCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A GET on {@code /graphql} (the address opened in a browser, or a client set to GET) is told what to do instead:
 * 405 with {@code Allow: POST}, as Spring for GraphQL's own route answers, but with the body every other error has.
 * Queries go as POST only: a query in a URL ends up in every proxy's and server's access log. A route of its own,
 * ahead of Spring for GraphQL's (routes are asked before controllers).
 */
@Configuration(proxyBeanMethods = false)
class PostOnly {

	static final Map<String, Object> BODY = Map.of("code", ErrorCode.BAD_INPUT.name(), "message",
			"Send queries as POST with a JSON body, e.g. {\"query\": \"{ about { version } }\"}; in a browser, open "
					+ "/graphiql (查询请以 POST 发送；在浏览器中请打开 /graphiql)");

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetIsRefusedWithABody(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route()
			.GET(path, request -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_JSON)
				.body(BODY))
			.build();
	}

}
