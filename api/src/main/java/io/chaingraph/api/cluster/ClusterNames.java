package io.chaingraph.api.cluster;

import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Names;

import org.springframework.stereotype.Component;

/** Clusters by name, else by alias (南昌航空城), for the filters that take one ({@code cluster/by-name}). */
@Component
public class ClusterNames extends Names<Cluster> {

	public ClusterNames(GraphReads reads) {
		super(reads, "Cluster 产业集群", "cluster/by-name", "cluster/by-keys", "cluster/suggest", Cluster::of, Cluster::key,
				Cluster::name, c -> c.name() + " (" + c.key() + ")", "give the key (集群名称不唯一，请改用集群编号)");
	}

}
