package io.chaingraph.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.system.StartProblem;

import org.springframework.stereotype.Component;

/**
 * The configured tokens, and who a presented one belongs to. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual} against every configured one (no early exit), so the time taken tells nothing about
 * how much of a guess was right; neither tokens nor digests are ever logged.
 */
@Component
public class ApiTokens {

	private record Known(String name, byte[] digest, Set<Role> roles) {
	}

	private static final String FIX_TOKENS = "Correct chaingraph.security.tokens (application.yaml, environment or command "
			+ "line) and start again; a token can be made with: openssl rand -hex 24 (请修改 chaingraph.security.tokens "
			+ "配置后重新启动；可用 openssl rand -hex 24 生成令牌)";

	/** The actor of the entries a load writes in the audit trail (GraphLoader's; the api does not depend on the loader). */
	static final String LOADER = "loader";

	private final List<Known> known = new ArrayList<>();

	private final boolean queriesRequireToken;

	public ApiTokens(AccessProperties properties) {
		for (var token : properties.tokens()) {
			if (token.name() == null || token.name().isBlank()) {
				throw new StartProblem("chaingraph.security.tokens: every token needs a name (令牌须有名称)", FIX_TOKENS);
			}
			if (LOADER.equalsIgnoreCase(token.name().strip())) {
				// The audit trail's actor of a load's entries: an analyst's changes under it would read as the loader's.
				throw new StartProblem("chaingraph.security.tokens: the name '" + token.name() + "' is the audit trail's "
						+ "for data set loads; give the token the name of who holds it (令牌名称 loader 为数据导入专用，请改用持有人的名称)",
						FIX_TOKENS);
			}
			byte[] digest;
			if (token.tokenSha256() != null && !token.tokenSha256().isBlank()) {
				try {
					digest = HexFormat.of().parseHex(token.tokenSha256().strip().toLowerCase());
				}
				catch (IllegalArgumentException ex) {
					throw new StartProblem("chaingraph.security.tokens of '" + token.name()
							+ "': token-sha256 must be 64 hex digits (令牌摘要格式不对)", FIX_TOKENS);
				}
			}
			else if (token.token() != null && token.token().length() >= 16) {
				digest = sha256(token.token());
			}
			else {
				throw new StartProblem("chaingraph.security.tokens of '" + token.name()
						+ "': give token-sha256, or a token of at least 16 characters (令牌至少 16 个字符)", FIX_TOKENS);
			}
			if (digest.length != 32) {
				throw new StartProblem("chaingraph.security.tokens of '" + token.name()
						+ "': token-sha256 must be 64 hex digits (令牌摘要格式不对)", FIX_TOKENS);
			}
			this.known.add(new Known(token.name(), digest, Set.copyOf(token.roles())));
		}
		this.queriesRequireToken = properties.queriesRequireToken();
	}

	/** Whether queries and downloads, too, need a token here (a browser form cannot send one). */
	public boolean queriesRequireToken() {
		return this.queriesRequireToken;
	}

	/** Whether this deployment accepts no token at all: nothing can change the graph through the API. */
	public boolean readOnly() {
		return this.known.isEmpty();
	}

	/**
	 * The caller an {@code Authorization} header names: anonymous without a header.
	 * @throws ApiException UNAUTHENTICATED for a header that is not {@code Bearer <a configured token>}
	 */
	public Caller caller(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			return Caller.ANONYMOUS;
		}
		var presented = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
		if (presented == null || presented.isEmpty()) {
			throw unauthenticated("The Authorization header must be 'Bearer <token>' (令牌格式应为 Bearer <令牌>)");
		}
		var digest = sha256(presented);
		Known match = null;
		for (var candidate : this.known) {
			if (MessageDigest.isEqual(candidate.digest(), digest) && match == null) {
				match = candidate;
			}
		}
		if (match == null) {
			throw unauthenticated("The API token is not valid (API 令牌无效)");
		}
		return new Caller(match.name(), match.roles());
	}

	/**
	 * The caller of a read (a query, a download), when it may read: anonymous only where queries stay open.
	 * @throws ApiException UNAUTHENTICATED for a wrong token, or for none where queries require one
	 */
	public Caller reader(String authorization) {
		var caller = caller(authorization);
		if (caller.anonymous() && this.queriesRequireToken) {
			throw unauthenticated("This deployment answers queries only with an API token: send 'Authorization: Bearer "
					+ "<token>' (本部署的查询也需要 API 令牌)");
		}
		return caller;
	}

	/**
	 * Checks that the caller may change the graph.
	 * @throws ApiException FORBIDDEN on a read-only deployment or for a token without EDITOR, UNAUTHENTICATED without
	 * a token
	 */
	public void requireEditor(Caller caller) {
		if (readOnly()) {
			throw new ApiException(ErrorCode.FORBIDDEN,
					"This deployment is read-only: no API token is configured, so nothing can be changed through the API. "
							+ "To allow curation, configure chaingraph.security.tokens with the EDITOR role "
							+ "(只读部署：未配置 API 令牌，不能修改数据；如需编辑，请配置 chaingraph.security.tokens 并授予 EDITOR 角色)",
					java.util.Map.of("readOnly", true));
		}
		if (caller == null || caller.anonymous()) {
			throw unauthenticated("Changes need an API token with the EDITOR role: send 'Authorization: Bearer <token>' "
					+ "(修改数据需要具有 EDITOR 角色的 API 令牌)");
		}
		if (!caller.may(Role.EDITOR)) {
			throw new ApiException(ErrorCode.FORBIDDEN, "The token '" + caller.name()
					+ "' may not change the graph: it lacks the EDITOR role (该令牌没有 EDITOR 角色，不能修改数据)",
					java.util.Map.of("required", Role.EDITOR.name()));
		}
	}

	private static ApiException unauthenticated(String message) {
		return new ApiException(ErrorCode.UNAUTHENTICATED, message);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
