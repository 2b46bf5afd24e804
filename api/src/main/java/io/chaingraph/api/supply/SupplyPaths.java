package io.chaingraph.api.supply;

import java.util.List;

import io.chaingraph.api.chain.Segment;

/**
 * The GraphQL type {@code SupplyPaths}: the routes from one segment to another, shortest first.
 *
 * @param hasMore whether more routes lie within {@code maxHops} than are listed
 * @param reversed no route runs from {@code from} to {@code to}, but one runs back
 */
public record SupplyPaths(Segment from, Segment to, int maxHops, List<SupplyPath> paths, boolean hasMore,
		boolean reversed) {

	/** The GraphQL type {@code SupplyPath}: one route, both ends included. */
	public record SupplyPath(int hops, List<Segment> segments) {
	}

}
