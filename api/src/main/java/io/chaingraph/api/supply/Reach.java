package io.chaingraph.api.supply;

import java.util.List;

import io.chaingraph.api.enterprise.Enterprise;

/**
 * The GraphQL type {@code Reach}: what a traversal from {@code from} reached.
 *
 * @param from the start (a Segment or Product)
 * @param direction UPSTREAM or DOWNSTREAM
 * @param reached every node reached, nearest first
 * @param enterprises firms of the asked region in the start or what was reached: the first of them (链主 first, then
 * by name), at most {@link SupplyTraversal#FIRMS}
 * @param enterprisesCount how many such firms there are in all; 0 when no region was asked
 */
public record Reach(Object from, String direction, int maxHops, List<Reached> reached, List<Enterprise> enterprises,
		int enterprisesCount) {

	/** The GraphQL type {@code Reached}. */
	public record Reached(Object node, int hops, List<Object> path) {
	}

}
