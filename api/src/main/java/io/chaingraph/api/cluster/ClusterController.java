package io.chaingraph.api.cluster;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.Lookup;
import io.chaingraph.api.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Clusters with their regions and chains. */
@Controller
public class ClusterController {

	private final Batches batches;

	private final ClusterNames names;

	public ClusterController(Batches batches, ClusterNames names) {
		this.batches = batches;
		this.names = names;
	}

	@QueryMapping
	public Cluster cluster(@Argument String id, @Argument String key, @Argument String name) {
		Lookup.exactlyOne("id, key, name", id, key, name);
		if (name != null) {
			return this.names.find(name);
		}
		return this.batches.lookup("Cluster", "cluster/by-keys", id, key, Cluster::of);
	}

	@BatchMapping(typeName = "Cluster", field = "regions")
	public Map<Cluster, List<Region>> regions(List<Cluster> clusters) {
		return this.batches.many("cluster/regions", clusters, Cluster::key, Region::of);
	}

	@BatchMapping(typeName = "Cluster", field = "chains")
	public Map<Cluster, List<Chain>> chains(List<Cluster> clusters) {
		return this.batches.many("cluster/chains", clusters, Cluster::key, Chain::of);
	}

}
