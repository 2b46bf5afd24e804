package io.chaingraph.api.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.cluster.Cluster;
import io.chaingraph.api.enterprise.Designation;
import io.chaingraph.api.enterprise.FilterNames;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Lookup;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.Prefetch;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.region.Region;
import io.chaingraph.api.region.RegionNames;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Chains and segments: queries, and every nested list batch-loaded with one statement per field. */
@Controller
public class ChainController {

	private final GraphReads reads;

	private final Batches batches;

	private final QueryLimits limits;

	private final Prefetch prefetch;

	private final ChainMap map;

	private final ChainNames chainNames;

	private final RegionNames regionNames;

	private final FilterNames filterNames;

	public ChainController(GraphReads reads, Batches batches, QueryLimits limits, Prefetch prefetch, ChainMap map,
			ChainNames chainNames, RegionNames regionNames, FilterNames filterNames) {
		this.reads = reads;
		this.batches = batches;
		this.limits = limits;
		this.prefetch = prefetch;
		this.map = map;
		this.chainNames = chainNames;
		this.regionNames = regionNames;
		this.filterNames = filterNames;
	}

	/** The GraphQL input {@code ChainFilter}. */
	public record ChainFilter(String region, String tier) {
	}

	@QueryMapping
	public Connection<Chain> chains(@Argument ChainFilter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		var scope = CursorScope.of("chains", "filter", filter == null ? null : filter.region(),
				filter == null ? null : filter.tier());
		var from = scope.position(after);
		var parameters = new HashMap<String, Object>();
		parameters.put("region", filter == null ? null : filter.region());
		parameters.put("tier", filter == null ? null : filter.tier());
		var total = this.reads.single("chain/count", parameters, r -> r.get("total").asInt());
		if (total == 0 && filter != null && filter.tier() != null) {
			this.filterNames.tier(filter.tier());
		}
		if (total == 0 && filter != null && filter.region() != null) {
			// Nothing found: the region may be written by name (江西), or be one the graph does not have (NOT_FOUND).
			var code = this.regionNames.known(filter.region());
			if (!code.equals(filter.region())) {
				parameters.put("region", code);
				total = this.reads.single("chain/count", parameters, r -> r.get("total").asInt());
			}
		}
		parameters.put("after", from);
		parameters.put("limit", size + 1);
		var fetched = this.reads.list("chain/page", parameters, r -> Chain.of(r.get("item").asMap()));
		return Connection.of(fetched, size, scope, Chain::key, total);
	}

	@QueryMapping
	public Chain chain(@Argument String id, @Argument String key, @Argument String name, DataFetchingEnvironment env) {
		Lookup.exactlyOne("id, key, name", id, key, name);
		if (name != null) {
			return this.chainNames.find(name);
		}
		var chainKey = id != null ? GlobalId.decode(id, "Chain").key() : key;
		// The chain map in one statement when the request asks for it; the batch loaders otherwise.
		var prefetch = this.prefetch.on(env);
		if (prefetch != null && ChainMap.covers(prefetch)) {
			return this.map.fetch(chainKey, prefetch);
		}
		return this.batches.byKeys("chain/by-keys", List.of(chainKey), Chain::of).get(chainKey);
	}

	@QueryMapping
	public Segment segment(@Argument String id, @Argument String key) {
		return this.batches.lookup("Segment", "segment/by-keys", id, key, Segment::of);
	}

	@BatchMapping
	public Map<Chain, List<Segment>> segments(List<Chain> chains) {
		var segments = this.batches.many("chain/segments", chains, Chain::key, Segment::of);
		segments.replaceAll((chain, list) -> SegmentTree.preOrder(list));
		return segments;
	}

	@BatchMapping
	public Map<Chain, List<Segment>> rootSegments(List<Chain> chains) {
		var segments = segments(chains);
		segments.replaceAll((chain, list) -> list.stream().filter(s -> s.parentKey() == null).toList());
		return segments;
	}

	@BatchMapping
	public Map<Chain, List<SupplyLink>> supplyLinks(List<Chain> chains) {
		return this.batches.many("chain/supply-links", chains, Chain::key, SupplyLink::of);
	}

	@BatchMapping
	public Map<Chain, List<PolicyChain>> policies(List<Chain> chains) {
		return this.batches.many("chain/policies", chains, Chain::key, PolicyChain::of);
	}

	@BatchMapping
	public Map<Chain, List<Cluster>> clusters(List<Chain> chains) {
		return this.batches.many("chain/clusters", chains, Chain::key, Cluster::of);
	}

	@BatchMapping
	public Map<Chain, List<Designation>> chainLeaders(List<Chain> chains) {
		return this.batches.many("chain/leaders", chains, Chain::key, Designation::of);
	}

	@BatchMapping(typeName = "Segment", field = "chain")
	public Map<Segment, Chain> segmentChain(List<Segment> segments) {
		return this.batches.one("chain/by-keys", segments, Segment::chainKey, Chain::of);
	}

	@BatchMapping
	public Map<Segment, Segment> parent(List<Segment> segments) {
		return this.batches.one("segment/by-keys", segments, Segment::parentKey, Segment::of);
	}

	@BatchMapping
	public Map<Segment, List<Segment>> children(List<Segment> segments) {
		return this.batches.many("segment/children", segments, Segment::key, Segment::of);
	}

	@BatchMapping
	public Map<Segment, List<Segment>> suppliedBy(List<Segment> segments) {
		return this.batches.many("segment/supplied-by", segments, Segment::key, Segment::of);
	}

	@BatchMapping
	public Map<Segment, List<Segment>> supplies(List<Segment> segments) {
		return this.batches.many("segment/supplies", segments, Segment::key, Segment::of);
	}

	@BatchMapping(typeName = "SupplyLink", field = "from")
	public Map<SupplyLink, Segment> from(List<SupplyLink> links) {
		return this.batches.one("segment/by-keys", links, SupplyLink::fromKey, Segment::of);
	}

	@BatchMapping(typeName = "SupplyLink", field = "to")
	public Map<SupplyLink, Segment> to(List<SupplyLink> links) {
		return this.batches.one("segment/by-keys", links, SupplyLink::toKey, Segment::of);
	}

	@BatchMapping(typeName = "PolicyChain", field = "chain")
	public Map<PolicyChain, Chain> policyChain(List<PolicyChain> policies) {
		return this.batches.one("chain/by-keys", policies, PolicyChain::chainKey, Chain::of);
	}

	@BatchMapping(typeName = "PolicyChain", field = "region")
	public Map<PolicyChain, Region> policyRegion(List<PolicyChain> policies) {
		return this.batches.one("region/by-codes", policies, PolicyChain::regionCode, Region::of);
	}

}
