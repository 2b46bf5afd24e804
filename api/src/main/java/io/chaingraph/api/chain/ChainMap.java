package io.chaingraph.api.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import io.chaingraph.api.enterprise.Designation;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Prefetch;
import io.chaingraph.api.region.Region;

import org.springframework.stereotype.Component;

/**
 * The chain map (产业链全景图) in one statement ({@code chain/map}): the chain and the parts of its map the request
 * selects (segments with their parent and chain, supply links with both ends, policies with their region, 链主 with
 * firm, region and chain), primed into the request's batch loaders. What it does not cover (clusters, children,
 * anything deeper) the batch loaders fetch as usual.
 */
@Component
public final class ChainMap {

	private final GraphReads reads;

	ChainMap(GraphReads reads) {
		this.reads = reads;
	}

	/** Whether the request selects a part of the map this statement fetches. */
	static boolean covers(Prefetch.Request request) {
		return request.selects("segments") || request.selects("rootSegments") || request.selects("supplyLinks")
				|| request.selects("policies") || request.selects("chainLeaders");
	}

	@SuppressWarnings("unchecked")
	Chain fetch(String key, Prefetch.Request request) {
		boolean segments = request.selects("segments") || request.selects("rootSegments");
		var parameters = parameters(key, segments, request.selects("supplyLinks"), request.selects("policies"),
				request.selects("chainLeaders"));
		return this.reads.single("chain/map", parameters, record -> {
			var chain = Chain.of(record.get("chain").asMap());
			var byKey = new HashMap<String, Segment>();
			if (segments) {
				var list = SegmentTree.preOrder(record.get("segments").asList(v -> Segment.of(v.asMap())));
				request.prime("Chain.segments", chain, list);
				request.prime("Chain.rootSegments", chain, list.stream().filter(s -> s.parentKey() == null).toList());
				list.forEach(s -> byKey.put(s.key(), s));
				for (var segment : list) {
					// A parent outside the chain (none in the data so far) is left to the batch loader.
					if (segment.parentKey() == null || byKey.containsKey(segment.parentKey())) {
						request.prime("Segment.parent", segment, segment.parentKey() == null ? null : byKey.get(segment.parentKey()));
					}
					if (chain.key().equals(segment.chainKey())) {
						request.prime("Segment.chain", segment, chain);
					}
				}
			}
			if (parameters.get("supplyLinks") == Boolean.TRUE) {
				var links = new ArrayList<SupplyLink>();
				for (var row : record.get("supplyLinks").asList(v -> v.asMap(Prefetch::plain))) {
					var link = SupplyLink.of((Map<String, Object>) row.get("item"));
					links.add(link);
					// An end among the chain's segments comes without its properties: it is one of them.
					request.prime("SupplyLink.from", link, end(row.get("from"), link.fromKey(), byKey));
					request.prime("SupplyLink.to", link, end(row.get("to"), link.toKey(), byKey));
				}
				request.prime("Chain.supplyLinks", chain, links);
			}
			if (parameters.get("policies") == Boolean.TRUE) {
				var policies = new ArrayList<PolicyChain>();
				for (var row : record.get("policies").asList(v -> v.asMap(Prefetch::plain))) {
					var policy = PolicyChain.of((Map<String, Object>) row.get("item"));
					policies.add(policy);
					request.prime("PolicyChain.region", policy, Region.of((Map<String, Object>) row.get("region")));
				}
				request.prime("Chain.policies", chain, policies);
			}
			if (parameters.get("chainLeaders") == Boolean.TRUE) {
				var leaders = new ArrayList<Designation>();
				for (var row : record.get("chainLeaders").asList(v -> v.asMap(Prefetch::plain))) {
					var leader = Designation.of((Map<String, Object>) row.get("item"));
					leaders.add(leader);
					request.prime("Designation.enterprise", leader, Enterprise.of((Map<String, Object>) row.get("enterprise")));
					request.prime("Designation.region", leader, Region.of((Map<String, Object>) row.get("region")));
					request.prime("Designation.chain", leader, chain);
				}
				request.prime("Chain.chainLeaders", chain, leaders);
			}
			return chain;
		});
	}

	/**
	 * The parameters of {@code chain/map}: which parts of the map to fetch. Public for
	 * {@code bench api --baseline statements}, which runs the same statement directly.
	 */
	public static Map<String, Object> parameters(String key, boolean segments, boolean supplyLinks, boolean policies,
			boolean chainLeaders) {
		return Map.of("key", key, "segments", segments, "supplyLinks", supplyLinks, "policies", policies,
				"chainLeaders", chainLeaders);
	}

	@SuppressWarnings("unchecked")
	private static Segment end(Object whole, String key, Map<String, Segment> chainSegments) {
		return whole == null ? chainSegments.get(key) : Segment.of((Map<String, Object>) whole);
	}

}
