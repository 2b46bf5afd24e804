package io.chaingraph.api.target;

import java.util.List;

import io.chaingraph.api.gap.SegmentGap;
import io.chaingraph.api.graphql.Connection;

/**
 * The GraphQL type {@code SupplementTargetConnection}: a page of targets, and the gaps they were searched for (named
 * like a {@link Connection} for the same reason).
 *
 * @param edges the targets of this page with their cursors
 * @param pageInfo whether more follow
 * @param totalCount how many firms qualify, all pages together
 * @param gaps the region's MISSING and WEAK segments the targets are searched for
 */
public record SupplementTargetConnection(List<Connection.Edge<SupplementTarget>> edges, Connection.PageInfo pageInfo,
		int totalCount, List<SegmentGap> gaps) {

	/** The targets of this page without their cursors. */
	public List<SupplementTarget> nodes() {
		return Connection.nodes(this.edges);
	}

}
