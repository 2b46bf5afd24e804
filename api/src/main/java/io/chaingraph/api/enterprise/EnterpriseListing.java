package io.chaingraph.api.enterprise;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.GraphReads;

/**
 * What every list of enterprises shares, top-level or nested under a region or segment: the filter's query
 * parameters, the order and the keyset cursor (sort key and firm key, so names that repeat still page exactly). By
 * name means by {@code nameKey}, the name's place in 拼音 order ({@link io.chaingraph.model.order.NameOrder}).
 *
 * @param scope the list the cursors belong to: the field, its filter and order
 * @param byName order by name (else by key)
 * @param afterNameKey the name key of the last firm of the previous page (ordered by name), or null
 * @param afterKey the key of the last firm of the previous page, or null for the first page
 */
record EnterpriseListing(CursorScope scope, boolean byName, String afterNameKey, String afterKey) {

	/**
	 * A list of firms in the order asked, after the {@code after} cursor of the list {@code scope} names.
	 * @throws io.chaingraph.api.graphql.ApiException BAD_INPUT for a cursor of another list, or of this one asked
	 * with another filter or order
	 */
	static EnterpriseListing of(CursorScope scope, String orderBy, String after) {
		var position = Enterprise.Position.of(scope.position(after));
		return new EnterpriseListing(scope, !"KEY".equals(orderBy), position.nameKey(), position.key());
	}

	/** The cursors of the firm list {@code list} (enterprises, Region.enterprises): its filter and order shape it. */
	static CursorScope scope(String list, EnterpriseFilter filter, String orderBy) {
		return CursorScope.of(list, "filter, orderBy", new TreeMap<>(filterParameters(filter)), !"KEY".equals(orderBy));
	}

	/** The cursors of {@code Segment.enterprises}: its own region argument shapes it too. */
	static CursorScope scope(String list, String region, EnterpriseFilter filter, String orderBy) {
		return CursorScope.of(list, "region, filter, orderBy", region, new TreeMap<>(filterParameters(filter)),
				!"KEY".equals(orderBy));
	}

	/** A page of these firms (up to size + 1: the one past the page says there is a next page), with their cursors. */
	Connection<Enterprise> page(List<Enterprise> fetched, int size, int total) {
		return Connection.of(fetched, size, this.scope, this::sortKey, total);
	}

	/** Whether the filter has no condition at all. */
	static boolean isEmpty(EnterpriseFilter filter) {
		return filterParameters(filter).values().stream().allMatch(java.util.Objects::isNull);
	}

	/** Whether the filter's only condition is a region (its firms are counted from degrees: count-in-region). */
	static boolean isRegionAlone(EnterpriseFilter filter) {
		var parameters = filterParameters(filter);
		return parameters.remove("region") != null && parameters.values().stream().allMatch(java.util.Objects::isNull);
	}

	/** How many firms each region holds with its sub-regions, by code, from degree counts (count-in-region). */
	static Map<String, Integer> regionTotals(GraphReads reads, Collection<String> codes) {
		var totals = new HashMap<String, Integer>();
		reads.list("enterprise/count-in-region", Map.of("codes", List.copyOf(codes)), r -> r)
			.forEach(r -> totals.put(r.get("code").asString(), r.get("firms").asInt()));
		return totals;
	}

	/** The filter as the parameters of the enterprise/page* queries, enterprise/count and pages-by-parent. */
	static Map<String, Object> filterParameters(EnterpriseFilter filter) {
		var f = filter == null ? new EnterpriseFilter(null, null, null, null, null, null, null) : filter;
		var parameters = new HashMap<String, Object>();
		parameters.put("region", f.region());
		parameters.put("chain", f.chain());
		parameters.put("segment", f.segment());
		parameters.put("tags", TagFilter.stored(f.tags()));
		parameters.put("tagQuery", TagFilter.indexQuery(f.tags()));
		parameters.put("tier", f.tier());
		parameters.put("cluster", f.cluster());
		parameters.put("illustrative", f.illustrative());
		return parameters;
	}

	/** Adds the order and cursor parameters. */
	Map<String, Object> addTo(Map<String, Object> parameters) {
		parameters.put("byName", this.byName);
		parameters.put("afterNameKey", this.afterNameKey);
		parameters.put("afterKey", this.afterKey);
		return parameters;
	}

	/** The sort key a firm's cursor carries. */
	String sortKey(Enterprise e) {
		return this.byName ? e.namePosition() : e.key();
	}

}
