package io.chaingraph.api.supply;

import java.util.List;

import io.chaingraph.api.enterprise.Enterprise;

/**
 * The GraphQL type {@code Reach}: what a traversal from {@code from} reached.
 *
 * @param from the start (a Segment or Product)
 * @param direction UPSTREAM or DOWNSTREAM
 * @param reached every node reached, nearest first
 * @param enterprises firms of the asked region in the start or what was reached
 */
public record Reach(Object from, String direction, int maxHops, List<Reached> reached, List<Enterprise> enterprises) {

	/** The GraphQL type {@code Reached}. */
	public record Reached(Object node, int hops, List<Object> path) {
	}

}
