package io.chaingraph.api.target;

import java.util.List;

import io.chaingraph.api.gap.SegmentGap;
import io.chaingraph.api.graphql.Page;

/**
 * The GraphQL type {@code SupplementTargetConnection}: a page of targets, and the gaps they were searched for.
 *
 * @param edges the targets of this page with their cursors
 * @param pageInfo whether more follow
 * @param totalCount how many firms qualify, all pages together
 * @param gaps the region's MISSING and WEAK segments the targets are searched for
 */
public record SupplementTargets(List<Page.Edge<SupplementTarget>> edges, Page.PageInfo pageInfo, int totalCount,
		List<SegmentGap> gaps) {
}
