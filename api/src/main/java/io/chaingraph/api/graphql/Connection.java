package io.chaingraph.api.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection page: edges with keyset cursors, page info and a total count. A cursor encodes the sort key of
 * its item (not an offset), so pages stay correct while data changes and every page costs the same, and the list it
 * belongs to ({@link CursorScope}), so a cursor of another list is refused.
 * <p>
 * The name matters: Spring for GraphQL wraps every field whose type is a Relay connection to adapt Spring Data's
 * {@code Window} and {@code Slice}, and passes a value through unchanged only when its class name ends with
 * {@code Connection} (as {@link io.chaingraph.api.target.SupplementTargetConnection}'s does).
 *
 * @param edges the items of this page with their cursors
 * @param pageInfo whether more follow, and the cursor to continue from
 * @param totalCount how many items match, all pages together (counted by its own query)
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	/** One item and its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * The GraphQL type {@code PageInfo}, as the Relay connection spec has it; {@code hasPreviousPage} is answered by
	 * {@link PageInfoController} from the list's own {@code after} argument.
	 */
	public record PageInfo(boolean hasNextPage, String startCursor, String endCursor) {

		/** The page info of an empty page. */
		public static final PageInfo EMPTY = new PageInfo(false, null, null);

		static <T> PageInfo of(List<Edge<T>> edges, boolean hasNextPage) {
			return edges.isEmpty() ? new PageInfo(hasNextPage, null, null)
					: new PageInfo(hasNextPage, edges.getFirst().cursor(), edges.getLast().cursor());
		}

	}

	/** The items of this page without their cursors ({@code nodes}, as GitHub's and Shopify's connections have). */
	public List<T> nodes() {
		return nodes(this.edges);
	}

	public static <T> List<T> nodes(List<Edge<T>> edges) {
		return edges.stream().map(Edge::node).toList();
	}

	/**
	 * Builds a page from up to {@code limit + 1} items fetched after the previous cursor: the extra item only tells
	 * that a next page exists. Each item's cursor is its {@code position} (sort key) in the list {@code scope} names.
	 */
	public static <T> Connection<T> of(List<T> fetched, int limit, CursorScope scope, Function<T, String> position,
			int totalCount) {
		return of(fetched.size() > limit ? fetched.subList(0, limit) : fetched, fetched.size() > limit, scope, position,
				totalCount);
	}

	/** Builds a page of these items when whether more follow is known otherwise (e.g. from the total count). */
	public static <T> Connection<T> of(List<T> items, boolean hasNextPage, CursorScope scope,
			Function<T, String> position, int totalCount) {
		var edges = items.stream().map(item -> new Edge<>(scope.cursor(position.apply(item)), item)).toList();
		return new Connection<>(edges, PageInfo.of(edges, hasNextPage), totalCount);
	}

	/**
	 * The page size asked for, checked: below 1 is BAD_INPUT, above {@code max} (the page-size limit, which the request
	 * check leaves to this when the size comes from a variable's default) LIMIT_EXCEEDED.
	 */
	public static int size(Integer first, int defaultSize, int max) {
		int size = first == null ? defaultSize : first;
		if (size < 1) {
			throw new ApiException(ErrorCode.BAD_INPUT, "first must be from 1 to " + max + ", was " + size
					+ " (每页条数应在 1 到 " + max + " 之间)", java.util.Map.of("max", max));
		}
		if (size > max) {
			throw ApiException.overLimit("maxPageSize", max, size, "first: " + size + " items asked for; at most " + max
					+ " per page, use 'after' to page on (每页最多 " + max + " 条，可用 after 翻页)");
		}
		return size;
	}

}
