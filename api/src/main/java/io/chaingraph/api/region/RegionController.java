package io.chaingraph.api.region;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.chain.PolicyChain;
import io.chaingraph.api.cluster.Cluster;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Lookup;
import io.chaingraph.model.rules.RegionCodes;
import io.chaingraph.model.rules.Slips;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Regions: by code or name, with their hierarchy, cooperation areas, neighbours, policy chains and clusters. */
@Controller
public class RegionController {

	private final Batches batches;

	private final RegionNames regionNames;

	public RegionController(Batches batches, RegionNames regionNames) {
		this.batches = batches;
		this.regionNames = regionNames;
	}

	@QueryMapping
	public Region region(@Argument String id, @Argument String code, @Argument String name) {
		Lookup.exactlyOne("id, code, name", id, code, name);
		if (name != null) {
			return this.regionNames.find(name);
		}
		var regionCode = id != null ? GlobalId.decode(id, "Region").key() : code;
		var region = this.batches.byKeys("region/by-codes", List.of(regionCode), Region::of).get(regionCode);
		// 360700 as government systems write 3607: looked up only when the code as given is none.
		return region != null || id != null || RegionCodes.unpadded(Slips.halfWidth(code.strip())).isEmpty() ? region
				: this.regionNames.byKey(code);
	}

	@BatchMapping(typeName = "Region", field = "parent")
	public Map<Region, Region> parent(List<Region> regions) {
		return this.batches.one("region/by-codes", regions, Region::parentCode, Region::of);
	}

	@BatchMapping(typeName = "Region", field = "children")
	public Map<Region, List<Region>> children(List<Region> regions) {
		return this.batches.many("region/children", regions, Region::code, Region::of);
	}

	@BatchMapping
	public Map<Region, List<Region>> cooperationAreas(List<Region> regions) {
		return this.batches.many("region/cooperation-areas", regions, Region::code, Region::of);
	}

	@BatchMapping
	public Map<Region, List<Region>> members(List<Region> regions) {
		return this.batches.many("region/members", regions, Region::code, Region::of);
	}

	@BatchMapping
	public Map<Region, List<Region>> neighbours(List<Region> regions) {
		return this.batches.many("region/neighbours", regions, Region::code, Region::of);
	}

	@BatchMapping
	public Map<Region, List<PolicyChain>> policyChains(List<Region> regions) {
		return this.batches.many("region/policy-chains", regions, Region::code, PolicyChain::of);
	}

	@BatchMapping(typeName = "Region", field = "clusters")
	public Map<Region, List<Cluster>> clusters(List<Region> regions) {
		return this.batches.many("region/clusters", regions, Region::code, Cluster::of);
	}

}
