package io.chaingraph.api.supply;

import java.util.List;

import io.chaingraph.api.chain.Segment;

/**
 * The GraphQL type {@code SupplyPaths}: the routes from one segment to another, shortest first.
 *
 * @param hasMore whether more routes lie within {@code maxHops} than are listed
 */
public record SupplyPaths(Segment from, Segment to, int maxHops, List<SupplyPath> paths, boolean hasMore) {

	/** The GraphQL type {@code SupplyPath}: one route, both ends included. */
	public record SupplyPath(int hops, List<Segment> segments) {
	}

}
