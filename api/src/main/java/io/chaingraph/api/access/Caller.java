package io.chaingraph.api.access;

import java.util.Set;

/**
 * Who sent a request: the name of the token presented and its roles, or nobody (no token).
 *
 * @param name the token's name, null for an anonymous request
 * @param roles what the token allows
 */
public record Caller(String name, Set<Role> roles) {

	/** Where the caller is kept in the GraphQL context. */
	public static final String CONTEXT_KEY = "chaingraph.caller";

	public static final Caller ANONYMOUS = new Caller(null, Set.of());

	public boolean anonymous() {
		return this.name == null;
	}

	public boolean may(Role role) {
		return this.roles.contains(role);
	}

}
