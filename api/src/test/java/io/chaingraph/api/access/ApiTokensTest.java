package io.chaingraph.api.access;

import java.util.List;
import java.util.Set;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.DocumentCache;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.system.StartProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tokens from the configuration, and who may change the graph; no Spring needed. */
class ApiTokensTest {

	/** Parses every document itself (size 0: nothing kept). */
	private static final DocumentCache NO_CACHE = new DocumentCache(0);

	private static final AccessProperties.Token EDITOR = new AccessProperties.Token("editor", null,
			"a-long-enough-editor-token", Set.of(Role.EDITOR));

	@Test
	void aDeploymentWithoutTokensIsReadOnly() {
		var tokens = new ApiTokens(new AccessProperties(List.of(), false, List.of()));
		assertThat(tokens.readOnly()).isTrue();
		assertThatThrownBy(() -> tokens.requireEditor(Caller.ANONYMOUS)).isInstanceOfSatisfying(ApiException.class, ex -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.FORBIDDEN);
			assertThat(ex.getMessage()).contains("read-only", "chaingraph.security.tokens", "只读部署");
		});
		// Any token presented to a read-only deployment is unknown.
		assertThatThrownBy(() -> tokens.caller("Bearer a-long-enough-editor-token")).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
	}

	@Test
	void aTokenNamesItsCallerByDigestOrValue() {
		// sha256("another-long-enough-token")
		var digest = java.util.HexFormat.of().formatHex(sha256("another-long-enough-token"));
		var tokens = new ApiTokens(new AccessProperties(
				List.of(EDITOR, new AccessProperties.Token("reader", digest.toUpperCase(), null, Set.of(Role.READER))), false, List.of()));
		assertThat(tokens.caller("Bearer a-long-enough-editor-token")).isEqualTo(new Caller("editor", Set.of(Role.EDITOR)));
		assertThat(tokens.caller("bearer another-long-enough-token").name()).isEqualTo("reader");
		assertThat(tokens.caller(null)).isEqualTo(Caller.ANONYMOUS);
		assertThatThrownBy(() -> tokens.caller("Basic dXNlcjpwYXNz")).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThatThrownBy(() -> tokens.requireEditor(tokens.caller("Bearer another-long-enough-token")))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.FORBIDDEN));
		assertThatThrownBy(() -> tokens.requireEditor(Caller.ANONYMOUS)).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
	}

	@Test
	void aShortOrNamelessTokenStopsTheStart() {
		assertThatThrownBy(() -> new ApiTokens(new AccessProperties(
				List.of(new AccessProperties.Token("x", null, "short", Set.of(Role.EDITOR))), false, List.of())))
			.isInstanceOfSatisfying(StartProblem.class, ex -> assertThat(ex.action()).contains("openssl rand -hex 24"))
			.hasMessageContaining("at least 16 characters");
		assertThatThrownBy(() -> new ApiTokens(new AccessProperties(
				List.of(new AccessProperties.Token(" ", null, "a-long-enough-editor-token", Set.of(Role.EDITOR))), false, List.of())))
			.isInstanceOf(StartProblem.class)
			.hasMessageContaining("name");
	}

	/** The audit trail's actor of a load: an analyst's token under that name would pass its changes off as a load's. */
	@Test
	void aTokenNamedAsTheLoaderStopsTheStart() {
		for (var name : List.of("loader", " Loader ")) {
			assertThatThrownBy(() -> new ApiTokens(new AccessProperties(
					List.of(new AccessProperties.Token(name, null, "a-long-enough-editor-token", Set.of(Role.EDITOR))), false,
					List.of())))
				.isInstanceOfSatisfying(StartProblem.class, ex -> assertThat(ex.action()).contains("chaingraph.security.tokens"))
				.hasMessageContaining("'" + name + "'")
				.hasMessageContaining("数据导入专用");
		}
		assertThat(new ApiTokens(new AccessProperties(
				List.of(new AccessProperties.Token("loader-wang", null, "a-long-enough-editor-token", Set.of(Role.EDITOR))),
				false, List.of())).caller("Bearer a-long-enough-editor-token").name()).isEqualTo("loader-wang");
	}

	@Test
	void mutationsAreRecognisedInTheOperationThatRuns() {
		assertThat(NO_CACHE.isMutation("mutation { tagEnterprise(input: {}) { audit { key } } }", null)).isTrue();
		assertThat(NO_CACHE.isMutation("{ about { version } }", null)).isFalse();
		assertThat(NO_CACHE.isMutation("query A { about { version } } mutation B { x }", "A")).isFalse();
		assertThat(NO_CACHE.isMutation("query A { about { version } } mutation B { x }", "B")).isTrue();
		assertThat(NO_CACHE.isMutation("query A { about { version } } mutation B { x }", null)).isTrue();
		// An empty name names no operation: GraphQL Java runs the first one, here the mutation.
		assertThat(NO_CACHE.isMutation("mutation B { x } query A { about { version } }", "")).isTrue();
	}

	@Test
	void aMutationUnderAnEmptyOperationNameIsRefusedBeforeItRuns() {
		var open = new AccessInterceptor(new ApiTokens(new AccessProperties(List.of(EDITOR), false, List.of())), NO_CACHE);
		assertThatThrownBy(() -> open.authorize(null, "mutation B { x } query A { about { version } }", ""))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThatThrownBy(() -> open.authorize("Bearer wrong-token-of-some-length", "mutation B { x } query A { y }", ""))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThat(open.authorize("Bearer a-long-enough-editor-token", "mutation B { x } query A { y }", "").name())
			.isEqualTo("editor");
	}

	@Test
	void queriesCanBeClosedToCallersWithoutAToken() {
		var open = new AccessInterceptor(new ApiTokens(new AccessProperties(List.of(EDITOR), false, List.of())), NO_CACHE);
		assertThat(open.authorize(null, "{ about { version } }", null)).isEqualTo(Caller.ANONYMOUS);
		assertThatThrownBy(() -> open.authorize(null, "mutation { x }", null)).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		// A wrong token is refused even where queries are open: a client should learn its token is wrong.
		assertThatThrownBy(() -> open.authorize("Bearer wrong-token-of-some-length", "{ about { version } }", null))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));

		var closed = new AccessInterceptor(new ApiTokens(new AccessProperties(
				List.of(EDITOR, new AccessProperties.Token("reader", null, "a-long-enough-reader-token", Set.of(Role.READER))),
				true, List.of())), NO_CACHE);
		assertThatThrownBy(() -> closed.authorize(null, "{ about { version } }", null))
			.isInstanceOfSatisfying(ApiException.class, ex -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
				assertThat(ex.getMessage()).contains("查询也需要 API 令牌");
			});
		assertThat(closed.authorize("Bearer a-long-enough-reader-token", "{ about { version } }", null).name())
			.isEqualTo("reader");
		assertThat(closed.authorize("Bearer a-long-enough-editor-token", "mutation { x }", null).name()).isEqualTo("editor");
	}

	private static byte[] sha256(String text) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
