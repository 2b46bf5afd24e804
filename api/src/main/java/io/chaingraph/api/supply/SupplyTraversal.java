package io.chaingraph.api.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.product.Product;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Breadth-first traversal of SUPPLIES, one statement per hop: every node gets the hop at which it is first reached
 * and the parent that reached it, so the path back is a shortest path. Cypher's variable-length patterns need
 * literal bounds and enumerate paths, which on the product graph's 110k edges grows fast; a frontier does not.
 */
@Component
public class SupplyTraversal {

	/** How the traversal works on one kind of node. */
	private record Kind(String type, String upstream, String downstream, String byKeys, String firms,
			Function<Map<String, Object>, Object> mapper) {
	}

	private static final Map<String, Kind> KINDS = Map.of("Segment",
			new Kind("Segment", "traverse/segment-upstream-step", "traverse/segment-downstream-step", "segment/by-keys",
					"traverse/segment-enterprises-in", Segment::of),
			"Product", new Kind("Product", "traverse/product-upstream-step", "traverse/product-downstream-step",
					"product/by-keys", "traverse/product-enterprises-in", Product::of));

	private static final int FIRMS = 100;

	private final GraphReads reads;

	private final Batches batches;

	private final int maxHops;

	public SupplyTraversal(GraphReads reads, Batches batches,
			@Value("${chaingraph.graphql.limits.max-hops:10}") int maxHops) {
		this.reads = reads;
		this.batches = batches;
		this.maxHops = maxHops;
	}

	public Reach traverse(String fromId, boolean upstream, Integer hops, String region) {
		int limit = hops == null ? 3 : hops;
		if (limit < 1) {
			throw ApiException.badInput("maxHops must be at least 1 (跳数至少为 1)");
		}
		if (limit > this.maxHops) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "maxHops is at most " + this.maxHops + " (最多追溯 "
					+ this.maxHops + " 跳)", Map.of("limit", "maxHops", "value", this.maxHops, "actual", limit));
		}
		var id = GlobalId.decode(fromId, null);
		var kind = KINDS.get(id.type());
		if (kind == null) {
			throw ApiException.badInput("upstream/downstream start from a Segment or a Product, not a " + id.type()
					+ " (起点须为环节或产品)");
		}
		// The start, every hop and the objects reached: one read transaction, one snapshot.
		return this.reads.inOneTransaction(() -> traverse(id, kind, upstream, limit, region));
	}

	private Reach traverse(GlobalId id, Kind kind, boolean upstream, int limit, String region) {
		var start = this.batches.byKeys(kind.byKeys(), List.of(id.key()), kind.mapper()).get(id.key());
		if (start == null) {
			throw ApiException.notFound(kind.type(), id.key());
		}
		// key -> the key it was reached from; hop -> keys first reached at that hop.
		var parents = new LinkedHashMap<String, String>();
		var hopOf = new HashMap<String, Integer>();
		parents.put(id.key(), null);
		hopOf.put(id.key(), 0);
		var frontier = List.of(id.key());
		for (int hop = 1; hop <= limit && !frontier.isEmpty(); hop++) {
			var next = new ArrayList<String>();
			for (var step : this.reads.list(upstream ? kind.upstream() : kind.downstream(), Map.of("keys", frontier),
					r -> new String[] { r.get("key").asString(), r.get("next").asString() })) {
				if (!parents.containsKey(step[1])) {
					parents.put(step[1], step[0]);
					hopOf.put(step[1], hop);
					next.add(step[1]);
				}
			}
			frontier = next;
		}
		var objects = this.batches.byKeys(kind.byKeys(), parents.keySet(), kind.mapper());
		var reached = new ArrayList<Reach.Reached>();
		for (var key : parents.keySet()) {
			if (key.equals(id.key()) || objects.get(key) == null) {
				continue;
			}
			var path = new ArrayList<Object>();
			for (var at = key; at != null; at = parents.get(at)) {
				path.addFirst(objects.get(at));
			}
			reached.add(new Reach.Reached(objects.get(key), hopOf.get(key), path));
		}
		reached.sort(Comparator.comparingInt(Reach.Reached::hops));
		List<Enterprise> firms = region == null ? List.of()
				: this.reads.list(kind.firms(), Map.of("keys", List.copyOf(parents.keySet()), "region", region, "limit", FIRMS),
						r -> Enterprise.of(r.get("item").asMap()));
		return new Reach(start, upstream ? "UPSTREAM" : "DOWNSTREAM", limit, reached, firms);
	}

}
