package io.chaingraph.api.access;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens and what they allow ({@code chaingraph.security.*}). No token configured: a read-only deployment,
 * where every mutation is refused.
 *
 * @param tokens the tokens this deployment accepts
 * @param queriesRequireToken whether queries, too, need a valid token (any role); off by default: queries are open
 * @param allowedOrigins the web pages of other origins (a team's own dashboard) whose scripts may call
 *        {@code /graphql} and the downloads from a browser ({@code https://zs.example.gov.cn}, patterns such as
 *        {@code https://*.example.gov.cn}); none by default: only pages the service serves itself
 */
@ConfigurationProperties("chaingraph.security")
public record AccessProperties(@DefaultValue List<Token> tokens, @DefaultValue("false") boolean queriesRequireToken,
		@DefaultValue List<String> allowedOrigins) {

	/**
	 * One token.
	 *
	 * @param name who holds it; recorded as the actor of every change made with it (never the token itself)
	 * @param tokenSha256 the SHA-256 of the token, in hex: keeps the secret out of the configuration
	 * @param token the token itself, when storing its digest is not worth the trouble (a test, a local set-up)
	 * @param roles what it allows
	 */
	public record Token(String name, String tokenSha256, String token, @DefaultValue("EDITOR") Set<Role> roles) {
	}

}
