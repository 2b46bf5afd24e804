package io.chaingraph.api.access;

/** What a token allows. */
public enum Role {

	/** Queries only (useful when {@code chaingraph.security.queries-require-token} is on). */
	READER,
	/** Queries and the curation mutations. */
	EDITOR

}
