package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes across stateless replicas, with Neo4j's own bookmarks: a mutation's answer carries them
 * ({@code extensions.bookmarks}); a request that sends them back in the {@value GraphSessions#HEADER} header, through
 * whichever replica a load balancer picks, is read only where the graph holds that write ({@link GraphReads#follow}).
 * Without the header nothing changes: each instance's own bookmarks still order its reads after its writes.
 * <p>
 * Runs after the access check (a refused request follows nothing) and before the limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BookmarkInterceptor implements WebGraphQlInterceptor {

	/** Where a mutation's answer puts the bookmarks: {@code extensions.bookmarks}. */
	public static final String EXTENSION = "bookmarks";

	private final GraphReads reads;

	private final GraphSessions sessions;

	private final DocumentCache documents;

	public BookmarkInterceptor(GraphReads reads, GraphSessions sessions, DocumentCache documents) {
		this.reads = reads;
		this.sessions = sessions;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var header = request.getHeaders().get(GraphSessions.HEADER);
		if (header != null) {
			try {
				this.reads.follow(GraphSessions.fromHeader(header));
			}
			catch (ApiException refused) {
				return Refusal.of(request, refused.code(), refused.getMessage(), refused.details());
			}
			catch (RuntimeException ex) {
				var failure = Neo4jFailures.of(ex);
				if (failure == null) {
					throw ex;
				}
				return Refusal.of(request, failure.code(), failure.message(), failure.details());
			}
		}
		if (!this.documents.isMutation(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		// After the mutation and the reads of its answer: the manager's bookmarks are at least as new as the write.
		return chain.next(request).map(response -> !wrote(response) ? response : response.transform(answer -> {
			var extensions = new LinkedHashMap<Object, Object>();
			if (response.getExecutionResult().getExtensions() != null) {
				extensions.putAll(response.getExecutionResult().getExtensions());
			}
			extensions.put(EXTENSION, this.sessions.values());
			answer.extensions(extensions);
		}));
	}

	/**
	 * Whether a mutation may have written: some field of it answered. One refused in every field wrote nothing, and
	 * bookmarks on its answer (the instance's earlier ones) read as a write to wait for.
	 */
	private static boolean wrote(WebGraphQlResponse response) {
		Object data = response.getExecutionResult().getData();
		return data instanceof Map<?, ?> fields && fields.values().stream().anyMatch(Objects::nonNull);
	}

}
