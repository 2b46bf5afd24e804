package io.chaingraph.api.access;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.DocumentCache;
import io.chaingraph.api.graphql.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Authenticates every GraphQL request from its {@code Authorization: Bearer} header and refuses, before anything
 * runs, a mutation from a caller who is not an EDITOR (or any request with a wrong token, or a query without a
 * token when queries require one). The caller goes into the GraphQL context, where the mutations check it again and
 * take their actor's name from it. Stateless: nothing is kept between requests, so any replica answers any request.
 * <p>
 * A small interceptor rather than Spring Security: bearer tokens from the configuration are all there is to check,
 * and GraphQL answers refusals as errors with a code, not as HTTP statuses.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessInterceptor implements WebGraphQlInterceptor {

	private final ApiTokens tokens;

	private final DocumentCache documents;

	public AccessInterceptor(ApiTokens tokens, DocumentCache documents) {
		this.tokens = tokens;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller;
		try {
			caller = authorize(request.getHeaders().getFirst("Authorization"), request.getDocument(),
					request.getOperationName());
		}
		catch (ApiException refused) {
			return Refusal.of(request, refused.code(), refused.getMessage(), refused.details());
		}
		var known = caller;
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(context -> context.put(Caller.CONTEXT_KEY, known)).build());
		return chain.next(request);
	}

	/**
	 * The caller of a request, when it may run.
	 * @throws ApiException UNAUTHENTICATED or FORBIDDEN when it may not
	 */
	Caller authorize(String authorization, String document, String operationName) {
		if (this.documents.isMutation(document, operationName)) {
			var caller = this.tokens.caller(authorization);
			this.tokens.requireEditor(caller);
			return caller;
		}
		return this.tokens.reader(authorization);
	}

}
