package io.chaingraph.api.graphql;

import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * A request that carries a persisted query's hash instead of its text (Apollo's automatic persisted queries, 持久化
 * 查询) gets {@code PERSISTED_QUERY_NOT_SUPPORTED}, the answer Apollo's link reads to send the text from then on. It
 * got "Invalid syntax with offending token 'PersistedQueryMarker'", which the link does not understand: with APQ on,
 * every query of such a client failed. The service keeps no store of queries: a replica that knew a hash another did
 * not would answer by chance. A request with both the hash and the text runs the text.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PersistedQueries implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var document = request.getDocument();
		if (request.getExtensions().containsKey("persistedQuery")
				&& (document == null || document.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(document))) {
			return Refusal.of(request, ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "Persisted queries are not supported: send"
					+ " the query's text in 'query' (不支持持久化查询：请在 query 中发送完整的查询文本)", Map.of());
		}
		return chain.next(request);
	}

}
